/** Markup that is already safe to emit. Everything else interpolated into `html` is escaped. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[]

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c])
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false || value === true) return ''
  if (value instanceof SafeHtml) return value.value
  if (Array.isArray(value)) return value.map(render).join('')
  return escapeHtml(String(value))
}

/** Tagged template that escapes every interpolated value unless it is SafeHtml. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1]
  return new SafeHtml(out)
}

/** For markup produced by a trusted serializer (rich text) — never for user input as such. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup)
}

/**
 * Optional parts of a template, one per line at `indent`, leaving out the empty ones: a part that
 * is not there leaves no blank, indented line (html-validate's no-trailing-whitespace).
 */
export function lines(indent: string, parts: readonly (SafeHtml | '' | undefined)[]): SafeHtml {
  return new SafeHtml(parts.filter((p): p is SafeHtml => p instanceof SafeHtml && p.value !== '').map((p) => p.value).join(`\n${indent}`))
}

import { stripUnsafeControls } from '../../fields/strip-unsafe-controls'

/**
 * A posted form as plain data: each field name maps to its value, or to all its values when the
 * name repeats (checkbox groups). Files travel separately (see read-form.ts). The object has no
 * prototype, so names like "__proto__" or "constructor" are ordinary keys.
 */
export type FormBody = Record<string, string | string[]>

export function emptyFormBody(): FormBody {
  return Object.create(null) as FormBody
}

/** Adds one value under a name, turning the entry into a list when the name repeats. */
export function addFormValue(body: FormBody, name: string, value: string): void {
  const current = body[name]
  if (current === undefined) body[name] = value
  else if (Array.isArray(current)) current.push(value)
  else body[name] = [current, value]
}

/** Parses an application/x-www-form-urlencoded body. */
export function parseUrlEncoded(text: string): FormBody {
  const body = emptyFormBody()
  for (const [name, value] of new URLSearchParams(text)) addFormValue(body, name, value)
  return body
}

/** The first value of a field, or '' when it is absent or not text (e.g. a JSON body). */
export function formValue(body: unknown, name: string): string {
  const v = isRecord(body) ? body[name] : undefined
  if (typeof v === 'string') return v
  if (Array.isArray(v) && typeof v[0] === 'string') return v[0]
  return ''
}

/** All text values of a field, in the order sent. */
export function formValues(body: unknown, name: string): string[] {
  const v = isRecord(body) ? body[name] : undefined
  if (typeof v === 'string') return [v]
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string')
  return []
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Text as it is stored: line breaks as \n, no control characters (PostgreSQL refuses NUL) or bidi
 * overrides (they spoof names), trimmed.
 * Single-line fields also turn line breaks into spaces.
 */
export function cleanText(value: string, multiline: boolean): string {
  let v = stripUnsafeControls(value.replace(/\r\n?/g, '\n'))
  v = multiline ? v.replace(/\t/g, ' ') : v.replace(/\s+/g, ' ')
  return v.trim()
}

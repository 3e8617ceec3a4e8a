import { isLocale, type Locale } from '../i18n/locales'
import type { PageContext } from './context'
import { html, type SafeHtml, type HtmlValue } from './html'

/** Languages written right to left; none of the site's six are, but records may one day be. */
const rightToLeft: ReadonlySet<string> = new Set(['ar', 'fa', 'he', 'ur'])

const direction = (language: string) => (rightToLeft.has(language) ? 'rtl' : 'ltr')

/**
 * Text of a known language (WCAG 3.1.2): wrapped in `tag` with `lang` (and `dir` when the script
 * runs the other way) only when it differs from the surrounding language, by default the page's.
 * Pass `around` when the text sits inside an element already marked with another language.
 * An unknown language (null) is left unmarked: guessing would be worse than saying nothing.
 */
export function inLanguage(
  ctx: Pick<PageContext, 'locale'>,
  language: Locale | string | null | undefined,
  content: HtmlValue,
  options: { tag?: 'span' | 'div' | 'p' | 'li' | 'dd' | 'a'; around?: Locale; attrs?: SafeHtml } = {},
): SafeHtml {
  const tag = options.tag ?? 'span'
  const around = options.around ?? ctx.locale
  const attrs = options.attrs ?? html``
  const known = isLocale(language) || (typeof language === 'string' && /^[a-z]{2,3}$/.test(language))
  if (!known || language === around) {
    return tag === 'span' && attrs.value === '' ? html`${content}` : html`<${tag}${attrs}>${content}</${tag}>`
  }
  const dir = direction(language) === direction(around) ? html`` : html` dir="${direction(language)}"`
  return html`<${tag}${attrs} lang="${language}"${dir}>${content}</${tag}>`
}

/** Just the attributes, for an element a template builds itself (a list item, a table cell). */
export function langAttrs(ctx: Pick<PageContext, 'locale'>, language: Locale | null | undefined, around: Locale = ctx.locale): SafeHtml {
  if (!language || language === around) return html``
  const dir = direction(language) === direction(around) ? html`` : html` dir="${direction(language)}"`
  return html` lang="${language}"${dir}`
}

import type { Locale } from '../i18n/locales'
import { hasText, inLocale, pickLanguage } from '../i18n/pick-language'
import type { PageContext } from './context'
import { html, type SafeHtml } from './html'

export type Shown = { language: Locale; isFallback: boolean }

/** Which language a document read with locale "all" is shown in, judged by a required field. */
export function shownLanguage(reader: Locale, field: unknown): Shown | undefined {
  const language = pickLanguage(reader, (l) => hasText(field, l))
  return language ? { language, isFallback: language !== reader } : undefined
}

/** A text field's value in one language (empty string when absent). */
export function text(field: unknown, language: Locale): string {
  const v = inLocale(field, language)
  return typeof v === 'string' ? v : ''
}

/** The notice, in the reader's language, that names the language actually shown. */
export function fallbackNotice(ctx: PageContext, shown: Shown): SafeHtml {
  if (!shown.isFallback) return html``
  return html`<p class="notice" role="note">${ctx.t('fallback.notice', {
    requested: ctx.t(`language.in.${ctx.locale}`),
    shown: ctx.t(`language.in.${shown.language}`),
  })}</p>`
}

/** lang attribute for an element whose content may be in another language than the page. */
export function langAttr(ctx: PageContext, language: Locale): SafeHtml {
  return language === ctx.locale ? html`` : html` lang="${language}"`
}

/** For reader-language text (dates, labels) nested inside content shown in another language. */
export function readerLangInside(ctx: PageContext, shown: Shown): SafeHtml {
  return shown.language === ctx.locale ? html`` : html` lang="${ctx.locale}"`
}

import type { Locale } from '../i18n/locales'
import type { Shown } from '../domain/shown-language'
import type { PageContext } from './context'
import { html, type SafeHtml } from './html'

// Picking the shown language is domain logic; the web layer re-exports it for templates.
export { shownLanguage, text, type Shown } from '../domain/shown-language'

/** The notice, in the reader's language, that names the language actually shown. */
export function fallbackNotice(ctx: PageContext, shown: Shown): SafeHtml {
  if (!shown.isFallback) return html``
  // The link lets readers predict the language they will get next time (the fallback chains).
  return html`<p class="notice" role="note">${ctx.t('fallback.notice', {
    requested: ctx.t(`language.in.${ctx.locale}`),
    shown: ctx.t(`language.in.${shown.language}`),
  })} <a href="/${ctx.locale}/languages">${ctx.t('languages.help')}</a></p>`
}

/** lang attribute for an element whose content may be in another language than the page. */
export function langAttr(ctx: PageContext, language: Locale): SafeHtml {
  return language === ctx.locale ? html`` : html` lang="${language}"`
}

/** For reader-language text (dates, labels) nested inside content shown in another language. */
export function readerLangInside(ctx: PageContext, shown: Shown): SafeHtml {
  return shown.language === ctx.locale ? html`` : html` lang="${ctx.locale}"`
}

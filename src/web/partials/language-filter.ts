import { onlyMineParam } from '../../domain/only-mine'
import { intlTags, locales, type Locale } from '../../i18n/locales'
import type { PageContext } from '../context'
import { html, type SafeHtml } from '../html'

/** The checkbox inside a list's GET filter form, with a link to how languages are chosen. */
export function onlyMineField(ctx: PageContext, checked: boolean): SafeHtml {
  return html`<div class="check"><input type="checkbox" id="f-lang-mine" name="${onlyMineParam}" value="mine"${checked ? html` checked` : ''}><label for="f-lang-mine">${ctx.t('languages.onlyMine')}</label></div>
<p class="hint"><a href="/${ctx.locale}/languages">${ctx.t('languages.help')}</a></p>`
}

/** The reader's names for languages (Intl has all six in all six). */
export function languageName(reader: Locale, language: Locale): string {
  return new Intl.DisplayNames([intlTags[reader]], { type: 'language' }).of(language) ?? language
}

/**
 * The languages a document exists in, compactly ("sv · en") for the eye, with a sentence naming
 * them for screen readers, in the reader's language (`around`: the card's language, when it differs).
 */
export function cardLanguages(ctx: PageContext, available: readonly Locale[], around: Locale = ctx.locale): SafeHtml {
  const ordered = locales.filter((l) => available.includes(l))
  if (ordered.length === 0) return html``
  const names = new Intl.ListFormat(intlTags[ctx.locale], { type: 'conjunction' }).format(ordered.map((l) => languageName(ctx.locale, l)))
  return html`<p class="meta card-languages"${around === ctx.locale ? '' : html` lang="${ctx.locale}"`}><span aria-hidden="true">${ordered.join(' · ')}</span><span class="visually-hidden">${ctx.t('languages.available', { languages: names })}</span></p>`
}

import { fallbackChains, locales } from '../../../i18n/locales'
import type { PageContext } from '../../../web/context'
import { html, type SafeHtml } from '../../../web/html'
import { languageName } from '../../../web/partials/language-filter'

/**
 * How the site picks a language, for readers. The chains are written out from `fallbackChains`
 * itself, so this page cannot disagree with what the site does.
 */
export function languagesPageView(ctx: PageContext): SafeHtml {
  const { t, locale } = ctx
  const name = (l: (typeof locales)[number]) => languageName(locale, l)
  return html`<h1>${t('languages.title')}</h1>
<p class="lead">${t('languages.intro')}</p>
<section aria-labelledby="chains">
  <h2 id="chains">${t('languages.chainHeading')}</h2>
  <p>${t('languages.chainIntro')}</p>
  <table class="chains">
    <thead><tr><th scope="col">${t('languages.colReader')}</th><th scope="col">${t('languages.colOrder')}</th></tr></thead>
    <tbody>${locales.map(
      (reader) => html`<tr${reader === locale ? html` aria-current="true"` : ''}><th scope="row">${name(reader)}</th><td><ol class="chain">${fallbackChains[reader].map((l) => html`<li>${name(l)}</li>`)}</ol></td></tr>`,
    )}</tbody>
  </table>
</section>
<section aria-labelledby="on-lists">
  <h2 id="on-lists">${t('languages.listsHeading')}</h2>
  <p>${t('languages.lists')}</p>
</section>
<section aria-labelledby="own-language">
  <h2 id="own-language">${t('languages.ownHeading')}</h2>
  <p>${t('languages.own')}</p>
</section>`
}

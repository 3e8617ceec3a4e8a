import type { HomeSection } from '../../../capabilities/capability'
import { countryCodes } from '../../../fields/countries'
import { sortByLocale } from '../../../i18n/format'
import { label } from '../../../i18n/label'
import { html } from '../../../web/html'
import { loadPracticeOverview } from '../load-practice-overview'

/** Entry by country: each country with practices, linked to the idea bank filtered by it (?country=SE). */
export const countryEntrySection: HomeSection = {
  id: 'by-country',
  order: 30,
  render: async (ctx) => {
    const { t, locale } = ctx
    const { facets } = await loadPracticeOverview(ctx)
    const counted = countryCodes
      .map((code) => ({ code, name: label(t, 'country', code), count: facets.country.get(code) ?? 0 }))
      .filter((x) => x.count > 0)
    if (counted.length === 0) return undefined
    return html`<section class="home-entry" aria-labelledby="home-by-country">
  <h2 id="home-by-country">${t('home.byCountry')}</h2>
  <ul class="entry-list">${sortByLocale(locale, counted, (x) => x.name).map(
    ({ code, name, count }) => html`<li><a href="/${locale}/practices?country=${code}">${name} <span class="entry-count">${t('home.practiceCount', { count })}</span></a></li>`,
  )}</ul>
</section>`
  },
}

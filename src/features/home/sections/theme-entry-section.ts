import type { HomeSection } from '../../../capabilities/capability'
import { sortByLocale } from '../../../i18n/format'
import { html } from '../../../web/html'
import { langAttr } from '../../../web/localized'
import { loadPracticeOverview } from '../load-practice-overview'

/** Entry by theme: each theme with practices, linked to the idea bank filtered by it (?theme=slug). */
export const themeEntrySection: HomeSection = {
  id: 'by-theme',
  order: 20,
  render: async (ctx) => {
    const { t, locale } = ctx
    const { themes, facets } = await loadPracticeOverview(ctx)
    const counted = themes.map((theme) => ({ theme, count: facets.theme.get(String(theme.id)) ?? 0 })).filter((x) => x.count > 0)
    if (counted.length === 0) return undefined
    return html`<section class="home-entry" aria-labelledby="home-by-theme">
  <h2 id="home-by-theme">${t('home.byTheme')}</h2>
  <ul class="entry-list">${sortByLocale(locale, counted, (x) => x.theme.title).map(
    ({ theme, count }) => html`<li><a href="/${locale}/practices?theme=${encodeURIComponent(theme.slug)}"><span${langAttr(ctx, theme.shown.language)}>${theme.title}</span> <span class="entry-count">${t('home.practiceCount', { count })}</span></a></li>`,
  )}</ul>
</section>`
  },
}

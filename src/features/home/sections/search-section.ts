import type { HomeSection } from '../../../capabilities/capability'
import { html } from '../../../web/html'
import { loadPracticeOverview } from '../load-practice-overview'

/**
 * The idea bank's text search (its URL state: /{locale}/practices?q=…, see parse-practice-query.ts)
 * until a site-wide search exists. Shown only when there is something to find.
 */
export const searchSection: HomeSection = {
  id: 'search',
  order: 10,
  render: async (ctx) => {
    const { t, locale } = ctx
    const { entries } = await loadPracticeOverview(ctx)
    if (entries.length === 0) return undefined
    return html`<section class="home-search" aria-labelledby="home-search">
  <h2 id="home-search">${t('home.search.title')}</h2>
  <form role="search" method="get" action="/${locale}/practices" aria-labelledby="home-search">
    <label for="home-q">${t('home.search.label')}</label>
    <p class="hint" id="home-q-hint">${t('home.search.hint')}</p>
    <div class="search-row">
      <input type="search" id="home-q" name="q" maxlength="200" aria-describedby="home-q-hint" autocomplete="off">
      <button type="submit">${t('home.search.submit')}</button>
    </div>
  </form>
  <p><a href="/${locale}/practices">${t('home.search.all', { count: entries.length })}</a></p>
</section>`
  },
}

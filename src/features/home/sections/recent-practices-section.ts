import type { HomeSection } from '../../../capabilities/capability'
import { html } from '../../../web/html'
import { toPracticeCard, type PracticeCard } from '../../practices/list-practices'
import { practiceCard } from '../../practices/templates/practice-card'
import { loadPracticeOverview } from '../load-practice-overview'
import { pickHomePractices } from '../pick-home-practices'

/** The most recently added practices not already featured. */
export const recentPracticesSection: HomeSection = {
  id: 'recent',
  order: 50,
  render: async (ctx) => {
    const { t, locale } = ctx
    const { entries } = await loadPracticeOverview(ctx)
    const cards = pickHomePractices(entries)
      .recent.map((e) => toPracticeCard(e, locale))
      .filter((c): c is PracticeCard => Boolean(c))
    if (cards.length === 0) return undefined
    return html`<section aria-labelledby="home-recent">
  <h2 id="home-recent">${t('home.recent')}</h2>
  <ul class="card-list">${cards.map((c) => practiceCard(ctx, c, 3))}</ul>
  <p><a href="/${locale}/practices">${t('home.allPractices')}</a></p>
</section>`
  },
}

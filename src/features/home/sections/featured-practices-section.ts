import type { HomeSection } from '../../../capabilities/capability'
import { html } from '../../../web/html'
import { toPracticeCard, type PracticeCard } from '../../practices/list-practices'
import { practiceCard } from '../../practices/templates/practice-card'
import { loadPracticeOverview } from '../load-practice-overview'
import { pickHomePractices } from '../pick-home-practices'

/** Practices taken up elsewhere (the rule is in pick-home-practices.ts). */
export const featuredPracticesSection: HomeSection = {
  id: 'featured',
  order: 40,
  render: async (ctx) => {
    const { t } = ctx
    const { entries } = await loadPracticeOverview(ctx)
    const cards = pickHomePractices(entries)
      .featured.map((e) => toPracticeCard(e, ctx.locale))
      .filter((c): c is PracticeCard => Boolean(c))
    if (cards.length === 0) return undefined
    return html`<section aria-labelledby="home-featured">
  <h2 id="home-featured">${t('home.featured')}</h2>
  <p>${t('home.featuredIntro')}</p>
  <ul class="card-list">${cards.map((c) => practiceCard(ctx, c, 3))}</ul>
</section>`
  },
}

import type { HomeSection } from '../../../capabilities/capability'
import { html } from '../../../web/html'
import { listNews } from '../../news/list-news'
import { newsCard } from '../../news/templates/news-card'

/** The latest published news (six: two rows of three on wide screens). */
export const latestNewsSection: HomeSection = {
  id: 'news',
  order: 70,
  render: async (ctx) => {
    const { t, locale } = ctx
    const news = await listNews(ctx, { limit: 6 })
    if (!news?.items.length) return undefined
    return html`<section aria-labelledby="latest-news">
  <h2 id="latest-news">${t('home.latestNews')}</h2>
  <ul class="card-list">${news.items.map((item) => newsCard(ctx, item, 3))}</ul>
  <p><a href="/${locale}/news">${t('home.allNews')}</a></p>
</section>`
  },
}

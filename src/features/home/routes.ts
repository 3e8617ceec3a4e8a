import type { FastifyInstance } from 'fastify'
import { pageTags } from '../../cache/page-tags'
import { html } from '../../web/html'
import { layout } from '../../web/layout'
import { fallbackNotice, langAttr } from '../../web/localized'
import { publicPage, type Deps } from '../../web/public-page'
import { listNews } from '../news/list-news'
import { newsCard } from '../news/templates/news-card'

export function registerHomeRoutes(app: FastifyInstance, deps: Deps): void {
  app.get(
    '/:locale/',
    publicPage(deps, async (ctx) => {
      const { t, locale } = ctx
      const news = await listNews(ctx, { limit: 6 })
      const theme = news?.themes.find((th) => th.id === ctx.chrome.currentThemeId)
      const main = html`<h1>${t('site.name')}</h1>
<p class="lead">${t('site.purpose')}</p>
${theme
  ? html`<section class="theme-lead" aria-labelledby="current-theme">
  <h2 id="current-theme">${t('home.currentTheme')}</h2>
  ${fallbackNotice(ctx, theme.shown)}
  <div${langAttr(ctx, theme.shown.language)}>
    <p><strong>${theme.title}</strong></p>
    ${theme.description ? html`<p>${theme.description}</p>` : ''}
  </div>
  <p><a href="/${locale}/themes/${theme.slug}">${t('home.themeLink', { theme: theme.title })}</a></p>
</section>`
  : ''}
<section aria-labelledby="latest-news">
  <h2 id="latest-news">${t('home.latestNews')}</h2>
  <ul class="card-list">${(news?.items ?? []).map((item) => newsCard(ctx, item, 3))}</ul>
  <p><a href="/${locale}/news">${t('home.allNews')}</a></p>
</section>`
      return { body: layout(ctx, { title: t('site.name'), description: t('site.description'), path: '' }, main), tags: pageTags.home }
    }),
  )
}

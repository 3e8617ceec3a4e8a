import type { FastifyInstance } from 'fastify'
import { pageTags } from '../../cache/page-tags'
import { parseOnlyMine } from '../../domain/only-mine'
import { BadRequest, NotFound, pageParam } from '../../web/context'
import { layout } from '../../web/layout'
import { publicPage, type Deps } from '../../web/public-page'
import { getNewsArticle } from './get-news-article'
import { listNews } from './list-news'
import { newsArticleView } from './templates/news-article'
import { newsFeed } from './templates/news-feed'
import { newsListView } from './templates/news-list'

const slugPattern = /^[a-z0-9-]{1,120}$/

export function registerNewsRoutes(app: FastifyInstance, deps: Deps): void {
  app.get(
    '/:locale/news',
    publicPage(deps, async (ctx) => {
      const themeSlug = ctx.query.theme || undefined
      if (themeSlug !== undefined && !slugPattern.test(themeSlug)) throw new BadRequest()
      const data = await listNews(ctx, { page: pageParam(ctx.query.page), themeSlug, onlyMine: parseOnlyMine(ctx.search) })
      if (!data || (data.page > 1 && data.page > data.totalPages)) throw new NotFound()
      const title = data.theme ? `${ctx.t('news.title')}: ${data.theme.title}` : ctx.t('news.title')
      return { body: layout(ctx, { title, description: ctx.t('news.description'), path: '/news' }, newsListView(ctx, data)), tags: pageTags.news }
    }),
  )

  app.get(
    '/:locale/news/feed.xml',
    publicPage(deps, async (ctx) => {
      const data = await listNews(ctx, { limit: 30 })
      const items = data?.items ?? []
      const body = newsFeed({
        locale: ctx.locale,
        publicUrl: ctx.env.publicUrl,
        title: ctx.t('news.feedTitle'),
        items,
        updated: new Date(items[0]?.publishedAt ?? 0).toISOString(),
      })
      return { body, contentType: 'application/atom+xml; charset=utf-8', tags: pageTags.news }
    }),
  )

  app.get(
    '/:locale/news/:slug',
    publicPage(deps, async (ctx, params) => {
      if (!slugPattern.test(params.slug)) throw new NotFound()
      const article = await getNewsArticle(ctx, params.slug)
      if (!article) throw new NotFound()
      const meta = {
        title: article.title,
        description: article.summary || ctx.t('news.description'),
        path: `/news/${article.slug}`,
        ogType: 'article' as const,
        ogImage: article.image ? `${ctx.env.publicUrl}${article.image.url}` : undefined,
      }
      return { body: layout(ctx, meta, newsArticleView(ctx, article)), tags: pageTags.news }
    }),
  )
}

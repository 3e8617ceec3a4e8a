import { parseOnlyMine } from '../../domain/only-mine'
import type { FastifyInstance } from 'fastify'
import { pageTags } from '../../cache/page-tags'
import { NotFound, pageParam } from '../../web/context'
import { layout } from '../../web/layout'
import { publicPage, type Deps } from '../../web/public-page'
import { listUpcomingEvents } from '../events/calendar/list-upcoming-events'
import { listNews } from '../news/list-news'
import { toPracticeCard, type PracticeCard } from '../practices/list-practices'
import { practiceIndex } from '../practices/search/practice-index'
import { compareNewest } from '../practices/search/query-practices'
import { listThemes } from './list-themes'
import { themeListView, themeView } from './templates/themes'

export function registerThemeRoutes(app: FastifyInstance, deps: Deps): void {
  app.get(
    '/:locale/themes',
    publicPage(deps, async (ctx) => {
      const onlyMine = parseOnlyMine(ctx.search)
      const themes = (await listThemes(ctx)).filter((th) => !onlyMine || !th.shown.isFallback)
      const meta = { title: ctx.t('themes.title'), description: ctx.t('themes.description'), path: '/themes' }
      return { body: layout(ctx, meta, themeListView(ctx, themes, onlyMine)), tags: pageTags.themes }
    }),
  )

  app.get(
    '/:locale/themes/:slug',
    publicPage(deps, async (ctx, params) => {
      const news = await listNews(ctx, { themeSlug: params.slug, page: pageParam(ctx.query.page) })
      if (!news?.theme || (news.page > 1 && news.page > news.totalPages)) throw new NotFound()
      const theme = news.theme
      const index = await practiceIndex(ctx.payload).current()
      const practices = [...index.all()]
        .filter((e) => e.themes.includes(theme.id))
        .sort(compareNewest)
        .slice(0, 6)
        .map((e) => toPracticeCard(e, ctx.locale))
        .filter((c): c is PracticeCard => Boolean(c))
      const events = await listUpcomingEvents(ctx, { theme: theme.slug, mine: false, page: 1 }, { limit: 6 })
      const meta = { title: theme.title, description: theme.description || ctx.t('themes.description'), path: `/themes/${theme.slug}` }
      return { body: layout(ctx, meta, themeView(ctx, theme, news, practices, events?.items)), tags: pageTags.themes }
    }),
  )
}

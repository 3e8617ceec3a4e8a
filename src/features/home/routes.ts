import type { FastifyInstance } from 'fastify'
import { pageTags } from '../../cache/page-tags'
import { layout } from '../../web/layout'
import { publicPage, type Deps } from '../../web/public-page'
import { renderHomePage } from './home-page-view'

export function registerHomeRoutes(app: FastifyInstance, deps: Deps): void {
  app.get(
    '/:locale/',
    publicPage(deps, async (ctx) => {
      const { t } = ctx
      const main = await renderHomePage(ctx)
      return { body: layout(ctx, { title: t('site.name'), description: t('site.description'), path: '' }, main), tags: pageTags.home }
    }),
  )
}

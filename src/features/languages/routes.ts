import type { FastifyInstance } from 'fastify'
import { layout } from '../../web/layout'
import { publicPage, type Deps } from '../../web/public-page'
import { languagesPageView } from './templates/languages-page'

/** The static help page on languages; static because it is generated from the fallback chains. */
export function registerLanguagesRoutes(app: FastifyInstance, deps: Deps): void {
  app.get(
    '/:locale/languages',
    publicPage(deps, async (ctx) => {
      const meta = { title: ctx.t('languages.title'), description: ctx.t('languages.intro'), path: '/languages' }
      return { body: layout(ctx, meta, languagesPageView(ctx)), tags: [] }
    }),
  )
}

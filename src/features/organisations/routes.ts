import type { FastifyInstance } from 'fastify'
import { pageTags } from '../../cache/page-tags'
import { parseOnlyMine } from '../../domain/only-mine'
import { NotFound } from '../../web/context'
import { findBySlug } from '../../domain/find-by-slug'
import { layout } from '../../web/layout'
import { publicPage, type Deps } from '../../web/public-page'
import { toPracticeCard, type PracticeCard } from '../practices/list-practices'
import { practiceIndex } from '../practices/search/practice-index'
import { compareNewest } from '../practices/search/query-practices'
import { listUpcomingEvents } from '../events/calendar/list-upcoming-events'
import { listOrganisations, toOrganisationView } from './list-organisations'
import { organisationListView, organisationView } from './templates/organisations'

export function registerOrganisationRoutes(app: FastifyInstance, deps: Deps): void {
  app.get(
    '/:locale/organisations',
    publicPage(deps, async (ctx) => {
      const { items, filters } = await listOrganisations(ctx, { country: ctx.query.country, type: ctx.query.type, onlyMine: parseOnlyMine(ctx.search) })
      const meta = { title: ctx.t('organisations.title'), description: ctx.t('organisations.description'), path: '/organisations' }
      return { body: layout(ctx, meta, organisationListView(ctx, items, filters)), tags: pageTags.organisations }
    }),
  )

  app.get(
    '/:locale/organisations/:slug',
    publicPage(deps, async (ctx, params) => {
      if (!/^[a-z0-9-]{1,120}$/.test(params.slug)) throw new NotFound()
      const doc = await findBySlug(ctx, 'organisations', params.slug, 0)
      if (!doc) throw new NotFound()
      const org = toOrganisationView(doc, ctx)
      const index = await practiceIndex(ctx.payload).current()
      const practices = [...index.all()]
        .filter((e) => e.organisations.includes(org.id))
        .sort(compareNewest)
        .map((e) => toPracticeCard(e, ctx.locale))
        .filter((c): c is PracticeCard => Boolean(c))
      const events = await listUpcomingEvents(ctx, { mine: false, page: 1 }, { limit: 12, organisation: org.id })
      const meta = { title: org.name, description: org.description || ctx.t('organisations.description'), path: `/organisations/${org.slug}` }
      return { body: layout(ctx, meta, organisationView(ctx, org, practices, events?.items)), tags: pageTags.organisations }
    }),
  )
}

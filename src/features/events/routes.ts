import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { pageTags } from '../../cache/page-tags'
import { countryCodes, type CountryCode } from '../../fields/countries'
import { BadRequest, NotFound, pageParam } from '../../web/context'
import type { PageContext } from '../../web/context'
import { layout } from '../../web/layout'
import { publicPage, type Deps } from '../../web/public-page'
import { findBySlug } from '../../domain/find-by-slug'
import { formatTimeRangeIn } from '../../i18n/format'
import { label } from '../../i18n/label'
import { openStoredFile } from '../../storage/open-stored-file'
import { practiceAttachments } from '../practices/practice-attachments'
import { listThemes } from '../themes/list-themes'
import { eventsIcs } from './calendar/ics/event-ics'
import { toEventCard, type EventCard } from './calendar/event-view'
import { getEvent } from './calendar/get-event'
import { listFeedEvents } from './calendar/list-feed-events'
import { listPastEvents } from './calendar/list-past-events'
import { listUpcomingEvents } from './calendar/list-upcoming-events'
import { parseEventQuery, parseYear } from './calendar/parse-event-query'
import { toIcsEvent } from './calendar/to-ics-event'
import { eventListView } from './calendar/templates/event-list'
import { eventPageView } from './calendar/templates/event-page'
import { eventsAtom } from './calendar/templates/events-atom'
import { pastEventsView } from './calendar/templates/past-events'
import { registerRegistrationRoutes } from './registration/routes'

const slugPattern = /^[a-z0-9-]{1,120}$/
export const icsContentType = 'text/calendar; charset=utf-8'

/** An iCalendar of events as a rendered page (cached and tagged like the calendar). */
function icsPage(ctx: PageContext, items: EventCard[], name: string) {
  const host = new URL(ctx.env.publicUrl).host
  const entries = items.map((e) => toIcsEvent(e, `${ctx.env.publicUrl}/${ctx.locale}/events/${e.slug}`, ctx.t))
  return { body: eventsIcs(entries, { host, name, language: ctx.locale }), contentType: icsContentType, tags: pageTags.events }
}

/**
 * The public calendar: upcoming events, the archive, event pages, their .ics files and the
 * subscribable feeds. Registration's routes join these (features/events/registration).
 */
export function registerEventRoutes(app: FastifyInstance, deps: Deps): void {
  registerRegistrationRoutes(app, deps)
  app.get(
    '/:locale/events',
    publicPage(deps, async (ctx) => {
      const now = new Date()
      const data = await listUpcomingEvents(ctx, parseEventQuery(ctx.search), { now })
      if (!data || (data.page > 1 && data.page > data.totalPages)) throw new NotFound()
      const meta = { title: ctx.t('calendar.title'), description: ctx.t('calendar.intro'), path: '/events' }
      return { body: layout(ctx, meta, eventListView(ctx, data, now)), tags: pageTags.events }
    }),
  )

  app.get(
    '/:locale/events/past',
    publicPage(deps, async (ctx) => {
      const data = await listPastEvents(ctx, { year: parseYear(ctx.search), page: pageParam(ctx.query.page) })
      if (data.page > 1 && data.page > data.totalPages) throw new NotFound()
      const meta = { title: ctx.t('calendar.pastTitle', { year: data.year }), description: ctx.t('calendar.pastIntro'), path: '/events/past' }
      return { body: layout(ctx, meta, pastEventsView(ctx, data)), tags: pageTags.events }
    }),
  )

  app.get(
    '/:locale/events.ics',
    publicPage(deps, async (ctx) => {
      const data = await listFeedEvents(ctx)
      return icsPage(ctx, data?.items ?? [], ctx.t('calendar.feedName'))
    }),
  )

  app.get(
    '/:locale/events/themes/:file',
    publicPage(deps, async (ctx, params) => {
      const slug = /^([a-z0-9-]{1,120})\.ics$/.exec(params.file)?.[1]
      if (!slug) throw new NotFound()
      const data = await listFeedEvents(ctx, { themeSlug: slug })
      if (!data?.theme) throw new NotFound()
      return icsPage(ctx, data.items, `${ctx.t('calendar.feedName')}: ${data.theme.title}`)
    }),
  )

  app.get(
    '/:locale/events/countries/:file',
    publicPage(deps, async (ctx, params) => {
      const code = /^([a-z]{2})\.ics$/.exec(params.file)?.[1]?.toUpperCase()
      if (!code || !(countryCodes as readonly string[]).includes(code)) throw new NotFound()
      const data = await listFeedEvents(ctx, { country: code as CountryCode })
      return icsPage(ctx, data?.items ?? [], `${ctx.t('calendar.feedName')}: ${label(ctx.t, 'country', code)}`)
    }),
  )

  app.get(
    '/:locale/events/feed.xml',
    publicPage(deps, async (ctx) => {
      const data = await listFeedEvents(ctx, { newest: true, limit: 30 })
      const body = eventsAtom({
        locale: ctx.locale,
        publicUrl: ctx.env.publicUrl,
        title: ctx.t('calendar.atomTitle', { site: ctx.t('site.name') }),
        items: data?.items ?? [],
        when: (e) => formatTimeRangeIn(ctx.locale, e.startsAt, e.endsAt, e.timeZone),
      })
      return { body, contentType: 'application/atom+xml; charset=utf-8', tags: pageTags.events }
    }),
  )

  // One path for the page and its calendar file: "/en/events/some-event" and "/en/events/some-event.ics".
  app.get(
    '/:locale/events/:slug',
    publicPage(deps, async (ctx, params) => {
      const [, slug, ics] = /^([a-z0-9-]{1,120})(\.ics)?$/.exec(params.slug) ?? []
      if (!slug) throw new NotFound()
      if (ics) {
        const doc = await findBySlug(ctx, 'events', slug, 0)
        const themes = await listThemes(ctx)
        const card = doc && toEventCard(doc, ctx, new Map(themes.map((t) => [t.id, t])))
        if (!card) throw new NotFound()
        return icsPage(ctx, [card], card.title)
      }
      const event = await getEvent(ctx, slug)
      if (!event) throw new NotFound()
      const meta = { title: event.title, description: event.summary || ctx.t('calendar.intro'), path: `/events/${event.slug}`, ogType: 'article' as const }
      return { body: layout(ctx, meta, eventPageView(ctx, event)), tags: pageTags.events }
    }),
  )

  // Slides are served only as part of a published event, never by bare file name.
  app.get('/:locale/events/:slug/files/:id', async (req, reply) => {
    const { slug, id } = req.params as { slug: string; id: string }
    if (!slugPattern.test(slug) || !/^\d{1,10}$/.test(id)) throw new BadRequest()
    const found = await deps.payload.find({ collection: 'events', where: { slug: { equals: slug } }, select: { afterwards: true }, depth: 0, limit: 1, overrideAccess: false, user: null })
    const event = found.docs[0]
    const slide = event && (await practiceAttachments(deps.payload, { attachments: event.afterwards?.slides ?? [] })).find((a) => a.id === Number(id))
    if (!slide) throw new NotFound()
    const file = await openStoredFile(deps.payload, 'attachments', slide.filename, slide)
    if (!file) throw new NotFound()
    reply.header('content-type', slide.mimeType)
    if (file.size !== undefined) reply.header('content-length', file.size)
    reply.header('content-disposition', `inline; filename="${path.basename(slide.filename).replace(/"/g, '')}"`)
    reply.header('x-content-type-options', 'nosniff')
    reply.header('cache-control', 'public, max-age=3600')
    return reply.send(file.stream)
  })
}

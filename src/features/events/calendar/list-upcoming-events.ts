import type { ReadContext } from '../../../domain/read-context'
import { publishedOnly } from '../../../domain/published-only'
import { listThemes, type ThemeView } from '../../themes/list-themes'
import { eventFilterWhere } from './event-filters'
import { eventIndex } from './event-index'
import { eventMatcher } from './match-event'
import { eventListFields, toEventCard, type EventCard, type EventListDoc } from './event-view'
import type { EventQuery } from './parse-event-query'

export const eventPageSize = 20

export type UpcomingEvents = {
  items: EventCard[]
  page: number
  totalPages: number
  totalDocs: number
  themes: ThemeView[]
  theme?: ThemeView
  query: EventQuery
}

/**
 * Published events that have not ended yet, soonest first, filtered by the calendar's URL state.
 * Undefined when the theme asked for does not exist. `organisation` narrows to one organiser (its
 * page), `limit` serves the home page and theme pages. Readers are served from the in-memory index
 * (event-index.ts); only an editor's preview reads the database, drafts included.
 */
export async function listUpcomingEvents(
  ctx: ReadContext,
  query: EventQuery,
  opts: { now?: Date; limit?: number; organisation?: number } = {},
): Promise<UpcomingEvents | undefined> {
  const themes = await listThemes(ctx)
  const theme = query.theme ? themes.find((t) => t.slug === query.theme) : undefined
  if (query.theme && !theme) return undefined
  const now = opts.now ?? new Date()
  const limit = opts.limit ?? eventPageSize
  const byId = new Map(themes.map((t) => [t.id, t]))
  const toCards = (docs: EventListDoc[]) => docs.map((d) => toEventCard(d, ctx, byId)).filter((c): c is EventCard => Boolean(c))
  if (!ctx.draft) {
    // The published calendar comes from the in-memory index; only an editor's preview queries drafts.
    const matches = eventMatcher(query, theme?.id, ctx.locale, opts.organisation)
    const upcoming = (await eventIndex(ctx.payload).sorted()).filter((d) => Date.parse(d.endsAt) > now.getTime() && matches(d))
    const start = (query.page - 1) * limit
    return {
      items: toCards(upcoming.slice(start, start + limit)),
      page: query.page,
      totalPages: Math.max(1, Math.ceil(upcoming.length / limit)),
      totalDocs: upcoming.length,
      themes,
      theme,
      query,
    }
  }
  const result = await ctx.payload.find({
    collection: 'events',
    locale: 'all',
    where: {
      and: [
        { endsAt: { greater_than: now.toISOString() } },
        ...eventFilterWhere(query, theme?.id, ctx.locale),
        opts.organisation !== undefined ? { organisers: { in: [opts.organisation] } } : {},
        publishedOnly(ctx, 'events'),
      ],
    },
    sort: 'startsAt',
    limit,
    page: query.page,
    depth: 0,
    select: eventListFields,
    draft: ctx.draft,
    overrideAccess: false,
    user: ctx.user,
  })
  return {
    items: toCards(result.docs as EventListDoc[]),
    page: result.page ?? 1,
    totalPages: Math.max(1, result.totalPages),
    totalDocs: result.totalDocs,
    themes,
    theme,
    query,
  }
}

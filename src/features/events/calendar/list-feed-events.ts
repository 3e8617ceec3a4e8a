import type { Where } from 'payload'
import type { CountryCode } from '../../../fields/countries'
import type { ReadContext } from '../../../domain/read-context'
import { publishedOnly } from '../../../domain/published-only'
import { listThemes, type ThemeView } from '../../themes/list-themes'
import { eventListFields, toEventCard, type EventCard, type EventListDoc } from './event-view'

/** How long an ended event stays in a subscribed calendar feed. */
const keepEndedDays = 180
const feedLimit = 1000

export type FeedEvents = { items: EventCard[]; theme?: ThemeView }

/**
 * The events of a subscribable calendar: published ones that ended less than half a year ago or
 * are still to come, cancelled ones included (a calendar must learn of the cancellation), for one
 * theme (by slug) or one country if asked. Undefined for an unknown theme. `newest` orders by
 * creation for the Atom feed of new events.
 */
export async function listFeedEvents(
  ctx: ReadContext,
  opts: { themeSlug?: string; country?: CountryCode; now?: Date; newest?: boolean; limit?: number } = {},
): Promise<FeedEvents | undefined> {
  const themes = await listThemes(ctx)
  const theme = opts.themeSlug ? themes.find((t) => t.slug === opts.themeSlug) : undefined
  if (opts.themeSlug && !theme) return undefined
  const now = opts.now ?? new Date()
  const where: Where[] = [{ endsAt: { greater_than: new Date(now.getTime() - keepEndedDays * 86_400_000).toISOString() } }, publishedOnly(ctx, 'events')]
  if (theme) where.push({ themes: { in: [theme.id] } })
  if (opts.country) where.push({ or: [{ countries: { in: [opts.country] } }, { 'venue.country': { equals: opts.country } }] })
  const result = await ctx.payload.find({
    collection: 'events',
    locale: 'all',
    where: { and: where },
    sort: opts.newest ? '-createdAt' : 'startsAt',
    limit: opts.limit ?? feedLimit,
    depth: 0,
    select: eventListFields,
    draft: false,
    overrideAccess: false,
    user: null,
  })
  const byId = new Map(themes.map((t) => [t.id, t]))
  return { items: (result.docs as EventListDoc[]).map((d) => toEventCard(d, ctx, byId)).filter((c): c is EventCard => Boolean(c)), theme }
}

import type { ReadContext } from '../../../domain/read-context'
import { publishedOnly } from '../../../domain/published-only'
import { listThemes } from '../../themes/list-themes'
import { calendarZone, monthStart } from './event-filters'
import { eventListFields, toEventCard, type EventCard, type EventListDoc } from './event-view'

export const pastPageSize = 30

export type EventMaterial = { slides: boolean; recordingUrl?: string; report: boolean }

export type PastEvents = {
  items: EventCard[]
  /** The year shown, and the years that have past events (newest first) for the year links. */
  year: number
  years: number[]
  page: number
  totalPages: number
  totalDocs: number
  /** What each event shown has from afterwards, by id (the archive links to it). */
  material: Map<number, EventMaterial>
}

/**
 * The archive: published events that have ended, of one year (by their start on the calendar's
 * clock), newest first. Without a year, the latest year that has any.
 */
export async function listPastEvents(ctx: ReadContext, opts: { year?: number; page: number; now?: Date }): Promise<PastEvents> {
  const now = opts.now ?? new Date()
  const ended = { endsAt: { less_than_equal: now.toISOString() } }
  const read = { draft: ctx.draft, overrideAccess: false, user: ctx.user } as const
  // The years that have past events: the oldest and newest start are enough to list them.
  const edge = async (sort: string) =>
    (await ctx.payload.find({ collection: 'events', where: { and: [ended, publishedOnly(ctx, 'events')] }, sort, limit: 1, depth: 0, select: { startsAt: true }, ...read })).docs[0]?.startsAt
  const [oldest, newest] = await Promise.all([edge('startsAt'), edge('-startsAt')])
  const yearOf = (iso: string) => Number(new Intl.DateTimeFormat('en', { timeZone: calendarZone, year: 'numeric' }).format(new Date(iso)))
  const years: number[] = []
  if (oldest && newest) for (let y = yearOf(newest); y >= yearOf(oldest); y--) years.push(y)
  const year = opts.year ?? years[0] ?? yearOf(now.toISOString())
  const themes = await listThemes(ctx)
  const result = await ctx.payload.find({
    collection: 'events',
    locale: 'all',
    where: {
      and: [
        ended,
        { startsAt: { greater_than_equal: monthStart(year, 1).toISOString() } },
        { startsAt: { less_than: monthStart(year + 1, 1).toISOString() } },
        publishedOnly(ctx, 'events'),
      ],
    },
    sort: '-startsAt',
    limit: pastPageSize,
    page: opts.page,
    depth: 0,
    select: { ...eventListFields, afterwards: true },
    ...read,
  })
  const byId = new Map(themes.map((t) => [t.id, t]))
  const material = new Map<number, EventMaterial>()
  for (const d of result.docs) {
    const a = d.afterwards
    const report = Boolean(a?.report && Object.values(a.report as Record<string, unknown>).some(Boolean))
    const m = { slides: (a?.slides?.length ?? 0) > 0, recordingUrl: a?.recordingUrl || undefined, report }
    if (m.slides || m.recordingUrl || m.report) material.set(d.id, m)
  }
  return {
    items: (result.docs as EventListDoc[]).map((d) => toEventCard(d, ctx, byId)).filter((c): c is EventCard => Boolean(c)),
    year,
    years,
    page: result.page ?? 1,
    totalPages: Math.max(1, result.totalPages),
    totalDocs: result.totalDocs,
    material,
  }
}

import type { Where } from 'payload'
import { offsetMinutes } from './ics/zone-time'
import type { EventQuery } from './parse-event-query'

/** Months are read on the clearing house's own clock (Central European time), like its programme. */
export const calendarZone = 'Europe/Stockholm'

/** The instant a month ("2026-09") begins on the calendar's clock. */
export function monthStart(year: number, month: number): Date {
  const utc = Date.UTC(year, month - 1, 1)
  // The offset at the first of the month (no change of daylight saving happens at midnight there).
  return new Date(utc - offsetMinutes(new Date(utc), calendarZone) * 60_000)
}

/** The Payload conditions of the calendar's filters (the theme given by id, already resolved). */
export function eventFilterWhere(query: Omit<EventQuery, 'theme' | 'page'>, themeId: number | undefined, locale: string): Where[] {
  const where: Where[] = []
  if (query.month) {
    const [y, m] = query.month.split('-').map(Number)
    const from = monthStart(y, m)
    const to = m === 12 ? monthStart(y + 1, 1) : monthStart(y, m + 1)
    where.push({ startsAt: { greater_than_equal: from.toISOString() } }, { startsAt: { less_than: to.toISOString() } })
  }
  if (query.country) where.push({ or: [{ countries: { in: [query.country] } }, { 'venue.country': { equals: query.country } }] })
  if (themeId !== undefined) where.push({ themes: { in: [themeId] } })
  if (query.format) where.push({ format: { equals: query.format } })
  if (query.kind) where.push({ kind: { equals: query.kind } })
  // A localized field is queried in one language by its path, e.g. "title.fi".
  if (query.mine) where.push({ [`title.${locale}`]: { exists: true } })
  return where
}

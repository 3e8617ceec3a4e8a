import type { Locale } from '../../../i18n/locales'
import { hasText } from '../../../i18n/pick-language'
import type { EventListDoc } from './event-view'
import { monthStart } from './event-filters'
import type { EventQuery } from './parse-event-query'

/**
 * The calendar's filters as a predicate on an event of the in-memory index (the same rules as
 * eventFilterWhere, which says them to the database for previews).
 */
export function eventMatcher(query: Omit<EventQuery, 'theme' | 'page'>, themeId: number | undefined, locale: Locale, organisation?: number): (doc: EventListDoc) => boolean {
  let from = -Infinity
  let to = Infinity
  if (query.month) {
    const [y, m] = query.month.split('-').map(Number)
    from = monthStart(y, m).getTime()
    to = (m === 12 ? monthStart(y + 1, 1) : monthStart(y, m + 1)).getTime()
  }
  const idOf = (v: number | { id: number }) => (typeof v === 'object' ? v.id : v)
  return (doc) => {
    const start = Date.parse(doc.startsAt)
    if (start < from || start >= to) return false
    if (query.country && !(doc.countries ?? []).includes(query.country) && doc.venue?.country !== query.country) return false
    if (themeId !== undefined && !(doc.themes ?? []).some((t) => idOf(t) === themeId)) return false
    if (query.format && doc.format !== query.format) return false
    if (query.kind && doc.kind !== query.kind) return false
    if (query.mine && !hasText(doc.title, locale)) return false
    if (organisation !== undefined && !(doc.organisers ?? []).some((o) => idOf(o) === organisation)) return false
    return true
  }
}

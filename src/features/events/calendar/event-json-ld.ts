import { offsetMinutes, wallClock } from './ics/zone-time'
import type { EventPage } from './get-event'

const pad = (n: number) => String(n).padStart(2, '0')

/** ISO 8601 with the offset of the event's own zone: 2026-09-14T09:00:00+02:00. */
export function zonedIso(iso: string, zone: string): string {
  const at = new Date(iso)
  const w = wallClock(at, zone)
  const off = offsetMinutes(at, zone)
  const sign = off < 0 ? '-' : '+'
  const abs = Math.abs(off)
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}

const attendance = {
  inPerson: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
} as const

const status = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  movedOnline: 'https://schema.org/EventMovedOnline',
} as const

/**
 * schema.org Event for search engines. The virtual location is the event's PUBLIC page, never the
 * join link (which only registered participants get).
 */
export function eventJsonLd(e: EventPage, pageUrl: string, organisationUrl: (slug: string) => string): Record<string, unknown> {
  const place = e.venue
    ? {
        '@type': 'Place',
        name: e.venue.name,
        address: { '@type': 'PostalAddress', streetAddress: e.venue.street, postalCode: e.venue.postalCode, addressLocality: e.venue.city, addressCountry: e.venue.country },
      }
    : undefined
  const virtual = e.format !== 'inPerson' ? { '@type': 'VirtualLocation', url: pageUrl } : undefined
  const location = [place, virtual].filter(Boolean)
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: e.title,
    description: e.summary || undefined,
    url: pageUrl,
    startDate: zonedIso(e.startsAt, e.timeZone),
    endDate: zonedIso(e.endsAt, e.timeZone),
    eventAttendanceMode: attendance[e.format],
    eventStatus: status[e.status],
    location: location.length === 1 ? location[0] : location,
    inLanguage: e.spokenLanguages.length ? e.spokenLanguages : e.shown.language,
    organizer: e.organisers.map((o) => ({ '@type': 'Organization', name: o.name, url: organisationUrl(o.slug) })),
    about: e.themes.map((th) => th.title),
  }
}

/** The JSON inside a <script> element: "<" escaped so the text cannot close it. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}

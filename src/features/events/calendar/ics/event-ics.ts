import { icsDocument, icsText, icsUtc } from './ics-lines'
import { vtimezone } from './vtimezone'
import { icsLocal } from './zone-time'

/** What a calendar entry shows of one event, already in the reader's language. */
export type IcsEvent = {
  id: number
  title: string
  description: string
  url: string
  location: string
  startsAt: string
  endsAt: string
  timeZone: string
  status: 'scheduled' | 'cancelled' | 'postponed' | 'movedOnline'
  sequence: number
  updatedAt: string
  createdAt: string
  language: string
}

const statusOf = { scheduled: 'CONFIRMED', movedOnline: 'CONFIRMED', postponed: 'TENTATIVE', cancelled: 'CANCELLED' } as const

/**
 * An iCalendar (RFC 5545) of events: one VTIMEZONE per zone used, each VEVENT in its own zone,
 * with a UID that never changes (event id and site host) and the event's SEQUENCE, so a subscribed
 * calendar updates its entry when an event moves or is cancelled instead of adding a second one.
 */
export function eventsIcs(events: readonly IcsEvent[], options: { host: string; name: string; language: string }): string {
  const zones = new Map<string, Set<number>>()
  for (const e of events) {
    const years = zones.get(e.timeZone) ?? new Set<number>()
    years.add(new Date(e.startsAt).getUTCFullYear())
    years.add(new Date(e.endsAt).getUTCFullYear())
    zones.set(e.timeZone, years)
  }
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//${options.host}//Events//${options.language.toUpperCase()}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${icsText(options.name)}`]
  for (const [zone, years] of zones) lines.push(...vtimezone(zone, [...years]))
  for (const e of events) {
    const start = new Date(e.startsAt)
    const end = new Date(e.endsAt)
    lines.push(
      'BEGIN:VEVENT',
      `UID:event-${e.id}@${options.host}`,
      `DTSTAMP:${icsUtc(new Date(e.updatedAt))}`,
      `CREATED:${icsUtc(new Date(e.createdAt))}`,
      `LAST-MODIFIED:${icsUtc(new Date(e.updatedAt))}`,
      `SEQUENCE:${e.sequence}`,
      `DTSTART;TZID=${e.timeZone}:${icsLocal(start, e.timeZone)}`,
      `DTEND;TZID=${e.timeZone}:${icsLocal(end, e.timeZone)}`,
      `SUMMARY;LANGUAGE=${e.language}:${icsText(e.title)}`,
      `DESCRIPTION;LANGUAGE=${e.language}:${icsText(e.description)}`,
      `URL:${e.url}`,
      ...(e.location ? [`LOCATION:${icsText(e.location)}`] : []),
      `STATUS:${statusOf[e.status]}`,
      'END:VEVENT',
    )
  }
  lines.push('END:VCALENDAR')
  return icsDocument(lines)
}

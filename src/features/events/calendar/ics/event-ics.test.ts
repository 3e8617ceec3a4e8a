import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { eventsIcs, type IcsEvent } from './event-ics'
import { foldLine } from './ics-lines'

const base: IcsEvent = {
  id: 7,
  title: 'Segregation, schools; and work',
  description: 'Line one\nLine two, with a comma',
  url: 'https://example.org/en/events/segregation',
  location: 'Folkets hus, Stockholm',
  startsAt: '2026-03-26T09:00:00.000Z',
  endsAt: '2026-03-26T15:00:00.000Z',
  timeZone: 'Europe/Stockholm',
  status: 'scheduled',
  sequence: 3,
  updatedAt: '2026-02-01T10:00:00.000Z',
  createdAt: '2026-01-01T10:00:00.000Z',
  language: 'en',
}

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text))
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz)
  return cal
}

describe('eventsIcs (parsed with ical.js)', () => {
  const zoned: Array<[string, string]> = [
    ['Europe/Stockholm', '2026-03-26T09:00:00.000Z'], // winter time
    ['Europe/Stockholm', '2026-06-10T07:30:00.000Z'], // summer time
    ['Europe/Helsinki', '2026-10-29T08:00:00.000Z'], // just after the autumn change
    ['Atlantic/Reykjavik', '2026-05-05T12:00:00.000Z'], // no daylight saving
    ['America/Nuuk', '2026-07-01T14:00:00.000Z'], // -01 in summer
    ['UTC', '2026-01-15T12:00:00.000Z'],
  ]
  it.each(zoned)('keeps the instant of an event in %s at %s through its VTIMEZONE', (timeZone, startsAt) => {
    const endsAt = new Date(Date.parse(startsAt) + 2 * 3_600_000).toISOString()
    const cal = parse(eventsIcs([{ ...base, timeZone, startsAt, endsAt }], { host: 'example.org', name: 'Events', language: 'en' }))
    const ev = new ICAL.Event(cal.getFirstSubcomponent('vevent')!)
    expect(ev.startDate.zone.tzid).toBe(timeZone)
    expect(ev.startDate.toJSDate().toISOString()).toBe(startsAt)
    expect(ev.endDate.toJSDate().toISOString()).toBe(endsAt)
  })

  it('gives a stable UID, the sequence, the status and the escaped texts back', () => {
    const text = eventsIcs([base, { ...base, id: 8, status: 'cancelled', sequence: 5 }], { host: 'example.org', name: 'Nordic events', language: 'en' })
    const cal = parse(text)
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Nordic events')
    const [a, b] = cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
    expect(a.uid).toBe('event-7@example.org')
    expect(a.sequence).toBe(3)
    expect(a.summary).toBe(base.title)
    expect(a.description).toBe(base.description)
    expect(a.location).toBe(base.location)
    expect(b.uid).toBe('event-8@example.org')
    expect(b.component.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(b.sequence).toBe(5)
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true)
  })
})

describe('foldLine', () => {
  it('cuts at 75 octets without splitting a character, and unfolds to the same text', () => {
    const line = `SUMMARY:${'Åsa och Øystein möts på Þingvellir – '.repeat(6)}`
    const folded = foldLine(line)
    expect(folded.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true)
    expect(folded.replace(/\r\n /g, '')).toBe(line)
  })
})

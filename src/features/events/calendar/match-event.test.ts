import { describe, expect, it } from 'vitest'
import type { EventListDoc } from './event-view'
import { eventMatcher } from './match-event'

const doc: EventListDoc = {
  id: 1,
  title: { en: 'Conference' } as unknown as string,
  summary: null,
  slug: 'conference',
  kind: 'own',
  format: 'hybrid',
  eventStatus: 'scheduled',
  // 1 September 2026, 00:30 in Stockholm: still August in UTC.
  startsAt: '2026-08-31T22:30:00.000Z',
  endsAt: '2026-09-01T06:00:00.000Z',
  timeZone: 'Europe/Stockholm',
  venue: { city: 'Oslo', country: 'NO' },
  themes: [3],
  countries: ['SE'],
  organisers: [7],
  externalUrl: null,
  sequence: 0,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
}

const none = { mine: false }

describe('eventMatcher', () => {
  it('reads months on the calendar’s clock (Central European time)', () => {
    expect(eventMatcher({ ...none, month: '2026-09' }, undefined, 'en')(doc)).toBe(true)
    expect(eventMatcher({ ...none, month: '2026-08' }, undefined, 'en')(doc)).toBe(false)
  })

  it('matches a country named among the event’s countries or as its venue’s', () => {
    expect(eventMatcher({ ...none, country: 'SE' }, undefined, 'en')(doc)).toBe(true)
    expect(eventMatcher({ ...none, country: 'NO' }, undefined, 'en')(doc)).toBe(true)
    expect(eventMatcher({ ...none, country: 'FI' }, undefined, 'en')(doc)).toBe(false)
  })

  it('matches theme, format, kind, organiser and the reader’s language', () => {
    expect(eventMatcher(none, 3, 'en')(doc)).toBe(true)
    expect(eventMatcher(none, 4, 'en')(doc)).toBe(false)
    expect(eventMatcher({ ...none, format: 'online' }, undefined, 'en')(doc)).toBe(false)
    expect(eventMatcher({ ...none, kind: 'external' }, undefined, 'en')(doc)).toBe(false)
    expect(eventMatcher(none, undefined, 'en', 7)(doc)).toBe(true)
    expect(eventMatcher(none, undefined, 'en', 8)(doc)).toBe(false)
    expect(eventMatcher({ mine: true }, undefined, 'en')(doc)).toBe(true)
    expect(eventMatcher({ mine: true }, undefined, 'sv')(doc)).toBe(false)
  })
})

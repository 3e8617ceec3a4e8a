import { describe, expect, it } from 'vitest'
import { eventJsonLd, jsonForScript, zonedIso } from './event-json-ld'
import type { EventPage } from './get-event'

const page: EventPage = {
  id: 1,
  slug: 'conference',
  shown: { language: 'en', isFallback: false },
  title: 'Conference',
  summary: 'In the room and online',
  kind: 'own',
  format: 'hybrid',
  status: 'scheduled',
  startsAt: '2026-09-14T07:00:00.000Z',
  endsAt: '2026-09-15T14:00:00.000Z',
  timeZone: 'Europe/Helsinki',
  themes: [],
  countries: ['FI'],
  languages: ['en'],
  sequence: 0,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  description: null,
  venue: { name: 'Finlandia Hall', street: 'Mannerheimintie 13', postalCode: '00100', city: 'Helsinki', country: 'FI' },
  spokenLanguages: ['fi', 'sv'],
  interpretation: [],
  accessibility: '',
  programme: [],
  organisers: [{ id: 3, slug: 'org', name: 'Org', type: 'ngo', country: 'FI', description: '', languages: [] }],
  afterwards: { slides: [], report: null, practices: [] },
}

const url = 'https://example.org/en/events/conference'

describe('eventJsonLd', () => {
  it('describes a hybrid event as mixed attendance at a Place and at the public page', () => {
    const data = eventJsonLd(page, url, (s) => `https://example.org/en/organisations/${s}`)
    expect(data.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode')
    expect(data.location).toEqual([
      { '@type': 'Place', name: 'Finlandia Hall', address: { '@type': 'PostalAddress', streetAddress: 'Mannerheimintie 13', postalCode: '00100', addressLocality: 'Helsinki', addressCountry: 'FI' } },
      { '@type': 'VirtualLocation', url },
    ])
    expect(data.startDate).toBe('2026-09-14T10:00:00+03:00')
    expect(data.endDate).toBe('2026-09-15T17:00:00+03:00')
    expect(data.inLanguage).toEqual(['fi', 'sv'])
    expect(data.organizer).toEqual([{ '@type': 'Organization', name: 'Org', url: 'https://example.org/en/organisations/org' }])
  })

  it('gives an online event only a VirtualLocation and a cancelled one its status', () => {
    const data = eventJsonLd({ ...page, format: 'online', venue: undefined, status: 'cancelled' }, url, (s) => s)
    expect(data.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode')
    expect(data.location).toEqual({ '@type': 'VirtualLocation', url })
    expect(data.eventStatus).toBe('https://schema.org/EventCancelled')
  })

  it('gives an event in a room an offline attendance mode and no virtual location', () => {
    const data = eventJsonLd({ ...page, format: 'inPerson' }, url, (s) => s)
    expect(data.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode')
    expect((data.location as { '@type': string })['@type']).toBe('Place')
  })
})

describe('zonedIso', () => {
  it('writes the offset of the zone on that date (winter and summer, west of Greenwich)', () => {
    expect(zonedIso('2026-01-10T08:00:00.000Z', 'Europe/Stockholm')).toBe('2026-01-10T09:00:00+01:00')
    expect(zonedIso('2026-07-10T08:00:00.000Z', 'Europe/Stockholm')).toBe('2026-07-10T10:00:00+02:00')
    expect(zonedIso('2026-07-10T08:00:00.000Z', 'America/Nuuk')).toBe('2026-07-10T07:00:00-01:00')
  })
})

describe('jsonForScript', () => {
  it('cannot close the script element it is placed in', () => {
    expect(jsonForScript({ name: '</script><script>alert(1)</script>' })).not.toContain('</script')
  })
})

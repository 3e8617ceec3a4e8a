import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { translator } from '../../../i18n/translate'
import type { EventCard } from './event-view'
import { eventsIcs } from './ics/event-ics'
import { toIcsEvent } from './to-ics-event'
import { eventsAtom } from './templates/events-atom'

const card: EventCard = {
  id: 42,
  slug: 'webinar',
  shown: { language: 'sv', isFallback: true },
  title: 'Webbinarium om segregation',
  summary: 'Om boende & skola',
  kind: 'own',
  format: 'hybrid',
  status: 'cancelled',
  startsAt: '2026-03-26T09:00:00.000Z',
  endsAt: '2026-03-26T11:00:00.000Z',
  timeZone: 'Europe/Stockholm',
  venueLine: 'Folkets hus, Storgatan 1, 111 22 Stockholm',
  themes: [],
  countries: ['SE'],
  languages: ['sv'],
  sequence: 4,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-02-01T00:00:00.000Z',
}

describe('toIcsEvent', () => {
  it('makes a calendar entry in the language shown, with the venue, the page and the status', () => {
    const text = eventsIcs([toIcsEvent(card, 'https://example.org/en/events/webinar', translator('en'))], { host: 'example.org', name: 'Events', language: 'en' })
    const cal = new ICAL.Component(ICAL.parse(text))
    const ev = cal.getFirstSubcomponent('vevent')!
    expect(ev.getFirstPropertyValue('uid')).toBe('event-42@example.org')
    expect(ev.getFirstProperty('summary')!.getParameter('language')).toBe('sv')
    expect(ev.getFirstPropertyValue('location')).toBe('Folkets hus, Storgatan 1, 111 22 Stockholm · and online')
    expect(ev.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(ev.getFirstPropertyValue('sequence')).toBe(4)
    expect(String(ev.getFirstPropertyValue('description'))).toContain('https://example.org/en/events/webinar')
  })
})

describe('eventsAtom', () => {
  it('escapes the titles and marks each entry with its language', () => {
    const xml = eventsAtom({ locale: 'en', publicUrl: 'https://example.org', title: 'New events', items: [{ ...card, title: 'A <b>&</b> B' }], when: () => '26 March' })
    expect(xml).toContain('<entry xml:lang="sv">')
    expect(xml).toContain('<title>A &lt;b&gt;&amp;&lt;/b&gt; B</title>')
    expect(xml).toContain('<updated>2026-02-01T00:00:00.000Z</updated>')
    expect(xml).toContain('<summary>26 March — Om boende &amp; skola</summary>')
  })
})

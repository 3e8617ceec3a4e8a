import ICAL from 'ical.js'
import type { FastifyInstance } from 'fastify'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { organisations } from '../../src/seed/data/organisations'
import type { EventSeed } from '../../src/seed/data/types'
import { createEvent, type EventRefs } from '../../src/seed/factories/create-event'
import { createOrganisation } from '../../src/seed/factories/create-organisation'
import { buildApp } from '../../src/web/app'
import { createThemes } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

let t: TestPayload
let payload: Payload
let app: FastifyInstance
let refs: EventRefs
const ids = new Map<string, number>()
const secretJoin = 'https://meet.example/join-secret-8f3a'
const now = new Date()

const get = (url: string) => app.inject({ method: 'GET', url })

function eventSeed(overrides: Partial<EventSeed> & Pick<EventSeed, 'slug'>): EventSeed {
  return {
    kind: 'external',
    format: 'inPerson',
    day: 20,
    time: '09:00',
    hours: 3,
    timeZone: 'Europe/Stockholm',
    organisers: [],
    themes: [],
    countries: ['SE'],
    externalUrl: 'https://organiser.example/event',
    venue: { name: 'Folkets hus', city: 'Malmö', country: 'SE' },
    spokenLanguages: ['sv'],
    translations: { en: { title: `Event ${overrides.slug}`, summary: 'A summary.', description: [{ type: 'p', text: 'Body.' }] } },
    ...overrides,
  }
}

/** The events of an iCalendar document, parsed by ical.js with its time zones registered. */
function parseIcs(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text))
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz)
  return { cal, events: cal.getAllSubcomponents('vevent') }
}

const uidOf = (ev: ICAL.Component) => String(ev.getFirstPropertyValue('uid'))
const bySummary = (events: ICAL.Component[], summary: string) => events.find((e) => e.getFirstPropertyValue('summary') === summary)

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  const { themes } = await createThemes(payload)
  refs = { themes, organisations: new Map() }
  for (const o of organisations.slice(0, 2)) refs.organisations.set(o.key, await createOrganisation(payload, o))
  const make = async (seed: EventSeed, status: 'published' | 'draft' = 'published') => ids.set(seed.slug, await createEvent(payload, seed, refs, now, status))
  await make(
    eventSeed({
      slug: 'hybrid-conference',
      kind: 'own',
      format: 'hybrid',
      externalUrl: undefined,
      joinUrl: secretJoin,
      organisers: [organisations[0].key],
      themes: ['housing'],
      venue: { name: 'Nordens hus', street: 'Storgatan 1', postalCode: '111 22', city: 'Stockholm', country: 'SE', mapUrl: 'https://maps.example/nordens-hus' },
      spokenLanguages: ['sv', 'en'],
      interpretation: ['signLanguage'],
      accessibility: { en: 'Step-free entrance and a hearing loop.', sv: 'Entré utan trappsteg och hörslinga.' },
      registration: { capacityInPerson: 150, capacityOnline: 400 },
      programme: [{ start: '09:00', end: '09:30', title: { en: 'Opening', sv: 'Öppning' }, speakers: [{ name: 'Anna Lind', role: { en: 'Director', sv: 'Direktör' }, organisation: 'Nordic Council' }] }],
      translations: {
        en: { title: 'Nordic integration conference', summary: 'In the room and online.', description: [{ type: 'p', text: 'Two days on integration.' }] },
        sv: { title: 'Nordisk integrationskonferens', summary: 'På plats och digitalt.', description: [{ type: 'p', text: 'Två dagar om integration.' }] },
      },
    }),
  )
  await make(
    eventSeed({
      slug: 'oslo-seminar',
      countries: ['NO'],
      day: 45,
      timeZone: 'Europe/Oslo',
      themes: ['labour-market'],
      organisers: [organisations[1].key],
      venue: { name: 'Rådhuset', city: 'Oslo', country: 'NO' },
      spokenLanguages: ['nb'],
      translations: { nb: { title: 'Seminar om arbeid i Oslo', summary: 'Om arbeid.', description: [{ type: 'p', text: 'Tekst.' }] } },
    }),
  )
  await make(eventSeed({ slug: 'online-webinar', kind: 'own', format: 'online', externalUrl: undefined, venue: undefined, joinUrl: secretJoin, registration: { capacityOnline: 2 }, day: 10 }))
  await make(eventSeed({ slug: 'cancelled-event', status: 'cancelled', day: 30 }))
  await make(eventSeed({ slug: 'past-webinar', kind: 'own', format: 'online', externalUrl: undefined, venue: undefined, day: -40, registration: { capacityOnline: 50 }, afterwards: { recordingUrl: 'https://video.example/recording' } }))
  await make(eventSeed({ slug: 'draft-event', day: 15 }), 'draft')
  app = await buildApp({ payload, env: t.env })
})

afterAll(async () => {
  await app?.close()
  await t?.cleanup()
})

describe('the calendar list', () => {
  it('lists published upcoming events soonest first, without past events or drafts', async () => {
    const res = await get('/en/events')
    expect(res.statusCode).toBe(200)
    const order = ['Event online-webinar', 'Nordic integration conference', 'Event cancelled-event', 'Seminar om arbeid i Oslo'].map((s) => res.body.indexOf(s))
    expect(order.every((i) => i > 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(res.body).not.toContain('past-webinar')
    expect(res.body).not.toContain('draft-event')
    expect(res.body).toContain('4 events')
  })

  it('filters by country, format, organiser kind, theme and month, keeping the state in the links', async () => {
    const only = async (query: string) => (await get(`/en/events?${query}`)).body
    const no = await only('country=NO')
    expect(no).toContain('Seminar om arbeid i Oslo')
    expect(no).not.toContain('Nordic integration conference')
    const hybrid = await only('format=hybrid')
    expect(hybrid).toContain('Nordic integration conference')
    expect(hybrid).not.toContain('Event online-webinar')
    const own = await only('kind=own')
    expect(own).toContain('Event online-webinar')
    expect(own).not.toContain('Seminar om arbeid i Oslo')
    const housing = await only('theme=housing')
    expect(housing).toContain('Nordic integration conference')
    expect(housing).not.toContain('Event online-webinar')
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit' }).format(new Date(now.getTime() + 45 * 86_400_000))
    const inMonth = await only(`month=${month}`)
    expect(inMonth).toContain('Seminar om arbeid i Oslo')
    expect(inMonth).toContain(`<option value="${month}" selected>`)
  })

  it('"only in my language" leaves out events that exist only in another language', async () => {
    const res = await get('/en/events?lang=mine')
    expect(res.body).not.toContain('Seminar om arbeid i Oslo')
    expect(res.body).toContain('Nordic integration conference')
    // Without the filter the Norwegian-only event is shown in Norwegian, marked as such.
    const all = await get('/en/events')
    expect(all.body).toMatch(/<li class="card event-card" lang="nb">\s*<h2><a href="\/en\/events\/oslo-seminar">/)
  })

  it('shows an event published after the list was served, and drops a deleted one (index and page cache follow changes)', async () => {
    expect((await get('/en/events')).body).not.toContain('Late addition')
    const id = await createEvent(payload, eventSeed({ slug: 'late-addition', day: 3, translations: { en: { title: 'Late addition', summary: 'New.', description: [] } } }), refs, now)
    expect((await get('/en/events')).body).toContain('Late addition')
    await payload.delete({ collection: 'events', id, overrideAccess: true })
    expect((await get('/en/events')).body).not.toContain('Late addition')
  })

  it('answers a tampered filter with a 400, not a 500', async () => {
    for (const q of ['country=XX', 'format=zoom', 'month=2026-13', 'kind=mine', 'lang=all', 'page=0']) expect((await get(`/en/events?${q}`)).statusCode, q).toBe(400)
    expect((await get('/en/events?theme=no-such-theme')).statusCode).toBe(404)
  })

  it('shows the event time on its own clock with the zone, and links the subscribable feeds (webcal and https)', async () => {
    const res = await get('/en/events?theme=housing&country=SE')
    expect(res.body).toMatch(/<time datetime="[^"]+Z">[^<]*(CET|CEST|GMT\+[12])[^<]*<\/time>/)
    expect(res.body).toContain('href="webcal://localhost:3000/en/events.ics"')
    expect(res.body).toContain('href="http://localhost:3000/en/events/themes/housing.ics"')
    expect(res.body).toContain('href="webcal://localhost:3000/en/events/countries/se.ics"')
    expect(res.body).toContain('href="/en/events/feed.xml"')
  })
})

describe('the past-events archive', () => {
  it('lists ended events of a year with their recording, newest year by default', async () => {
    const year = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Stockholm', year: 'numeric' }).format(new Date(now.getTime() - 40 * 86_400_000))
    const res = await get(`/en/events/past?year=${year}`)
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('Event past-webinar')
    expect(res.body).toContain('href="https://video.example/recording"')
    expect(res.body).not.toContain('Nordic integration conference')
    expect((await get('/en/events/past')).body).toContain('Event past-webinar')
    expect((await get('/en/events/past?year=1999')).body).not.toContain('Event past-webinar')
    expect((await get('/en/events/past?year=20x6')).statusCode).toBe(400)
  })
})

describe('an event page', () => {
  it('shows time, venue, languages, interpretation, access, programme, organisers and registration', async () => {
    const res = await get('/en/events/hybrid-conference')
    expect(res.statusCode).toBe(200)
    const b = res.body
    expect(b).toContain('<h1>Nordic integration conference</h1>')
    expect(b).toContain('Local time: Central European')
    expect(b).toContain('data-reader-time')
    expect(b).toMatch(/<script src="\/assets\/[0-9a-f]+\/reader-time\.js" defer><\/script>/)
    expect(b).toContain('Nordens hus')
    expect(b).toContain('href="https://maps.example/nordens-hus"')
    expect(b).not.toContain('<iframe')
    expect(b).toContain('Swedish, English')
    expect(b).toContain('Sign language interpretation')
    expect(b).toContain('Step-free entrance and a hearing loop.')
    expect(b).toContain('Opening')
    expect(b).toContain('Anna Lind</strong>, Director, Nordic Council')
    expect(b).toMatch(new RegExp(`<a href="/en/organisations/${organisations[0].key}">`))
    expect(b).toContain('In the room: 150 places left of 150')
    expect(b).toContain('Online: 400 places left of 400')
    expect(b).toContain('href="/en/events/hybrid-conference/register"')
    expect(b).toContain('href="/en/events/hybrid-conference.ics"')
    expect(b).toContain('<nav class="breadcrumbs"')
    expect(b).toContain('<meta property="og:title" content="Nordic integration conference">')
  })

  it('shows the Swedish text to a Swedish reader and the English text with a fallback notice where it is missing', async () => {
    expect((await get('/sv/events/hybrid-conference')).body).toContain('<h1>Nordisk integrationskonferens</h1>')
    const fi = await get('/fi/events/oslo-seminar')
    expect(fi.body).toContain('<p class="notice" role="note">')
    expect(fi.body).toMatch(/<article lang="nb">/)
  })

  it('links an external event to its organiser and offers no registration here', async () => {
    const b = (await get('/en/events/oslo-seminar')).body
    expect(b).toContain('href="https://organiser.example/event"')
    expect(b).not.toContain('/register"')
  })

  it('carries schema.org Event JSON-LD with attendance mode, Place and the public page as VirtualLocation', async () => {
    const b = (await get('/en/events/hybrid-conference')).body
    const json = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(b)?.[1] ?? '{}') as Record<string, unknown>
    expect(json['@type']).toBe('Event')
    expect(json.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode')
    expect(json.eventStatus).toBe('https://schema.org/EventScheduled')
    expect(json.startDate).toMatch(/^\d{4}-\d\d-\d\dT09:00:00\+0[12]:00$/)
    const location = json.location as Record<string, unknown>[]
    expect(location.map((l) => l['@type'])).toEqual(['Place', 'VirtualLocation'])
    expect(location[1].url).toBe('http://localhost:3000/en/events/hybrid-conference')
    expect(json.inLanguage).toEqual(['sv', 'en'])
    expect((json.organizer as { name: string }[])[0].name).toBe(organisations[0].name)
  })

  it('shows a full mode with its waiting list', async () => {
    const { registerParticipant } = await import('../../src/features/events/registration/register-participant')
    const who = (n: number) => ({ name: `P${n}`, email: `p${n}@test.example`, organisation: '', country: 'SE' as const, sector: null, mode: 'online' as const, needs: '', listConsent: false, newsletterOptIn: false, locale: 'en' as const })
    for (let n = 0; n < 3; n++) await registerParticipant(payload, ids.get('online-webinar')!, who(n))
    const b = (await get('/en/events/online-webinar')).body
    expect(b).toContain('Full: 1 person on the waiting list')
  })

  it('is a 404 for a draft or an unknown slug', async () => {
    expect((await get('/en/events/draft-event')).statusCode).toBe(404)
    expect((await get('/en/events/draft-event.ics')).statusCode).toBe(404)
    expect((await get('/en/events/no-such-event')).statusCode).toBe(404)
  })
})

describe('iCalendar and Atom feeds', () => {
  it('serves the locale feed as text/calendar with a VTIMEZONE and the same UIDs on every fetch', async () => {
    const first = await get('/en/events.ics')
    expect(first.statusCode).toBe(200)
    expect(first.headers['content-type']).toBe('text/calendar; charset=utf-8')
    const a = parseIcs(first.body)
    expect(a.cal.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toContain('Europe/Stockholm')
    const b = parseIcs((await get('/en/events.ics')).body)
    expect(a.events.map(uidOf).sort()).toEqual(b.events.map(uidOf).sort())
    expect(a.events.map(uidOf)).toContain(`event-${ids.get('hybrid-conference')}@localhost:3000`)
    const conference = new ICAL.Event(bySummary(a.events, 'Nordic integration conference')!)
    expect(conference.startDate.toJSDate().toISOString()).toBe((await payload.findByID({ collection: 'events', id: ids.get('hybrid-conference')!, depth: 0 })).startsAt)
    expect(a.events.some((e) => String(e.getFirstPropertyValue('summary')).includes('draft'))).toBe(false)
  })

  it('keeps a cancelled event in the feed with STATUS:CANCELLED', async () => {
    const { events } = parseIcs((await get('/en/events.ics')).body)
    expect(bySummary(events, 'Event cancelled-event')?.getFirstPropertyValue('status')).toBe('CANCELLED')
  })

  it('raises SEQUENCE after a published edit, with the same UID', async () => {
    const before = bySummary(parseIcs((await get('/en/events.ics')).body).events, 'Seminar om arbeid i Oslo')!
    await payload.update({ collection: 'events', id: ids.get('oslo-seminar')!, locale: 'nb', data: { summary: 'Flyttet til et nytt rom.', _status: 'published' }, overrideAccess: true, context: { seeding: true } })
    const after = bySummary(parseIcs((await get('/en/events.ics')).body).events, 'Seminar om arbeid i Oslo')!
    expect(uidOf(after)).toBe(uidOf(before))
    expect(Number(after.getFirstPropertyValue('sequence'))).toBeGreaterThan(Number(before.getFirstPropertyValue('sequence')))
  })

  it('has feeds per theme and per country with only their events, and a 404 for unknown ones', async () => {
    const theme = parseIcs((await get('/en/events/themes/housing.ics')).body).events.map((e) => e.getFirstPropertyValue('summary'))
    expect(theme).toEqual(['Nordic integration conference'])
    const norway = parseIcs((await get('/en/events/countries/no.ics')).body).events.map((e) => e.getFirstPropertyValue('summary'))
    expect(norway).toEqual(['Seminar om arbeid i Oslo'])
    expect((await get('/en/events/themes/nope.ics')).statusCode).toBe(404)
    expect((await get('/en/events/countries/xx.ics')).statusCode).toBe(404)
  })

  it('serves one event as an .ics file', async () => {
    const res = await get('/en/events/hybrid-conference.ics')
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8')
    const { events } = parseIcs(res.body)
    expect(events.map(uidOf)).toEqual([`event-${ids.get('hybrid-conference')}@localhost:3000`])
  })

  it('has an Atom feed of new events', async () => {
    const res = await get('/en/events/feed.xml')
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8')
    expect(res.body).toContain('<title>Nordic integration conference</title>')
    expect(res.body).not.toContain('draft-event')
  })
})

describe('the join link', () => {
  it('appears on no public page, feed or JSON-LD', async () => {
    const urls = [
      '/en/events',
      '/en/events/hybrid-conference',
      '/sv/events/hybrid-conference',
      '/en/events/online-webinar',
      '/en/events/hybrid-conference.ics',
      '/en/events.ics',
      '/en/events/themes/housing.ics',
      '/en/events/countries/se.ics',
      '/en/events/feed.xml',
      '/en/events/past',
      '/en/',
      '/en/themes/housing',
      `/en/organisations/${organisations[0].key}`,
      '/sitemap.xml',
    ]
    for (const url of urls) {
      const res = await get(url)
      expect(res.statusCode, url).toBe(200)
      expect(res.body, url).not.toContain('join-secret')
    }
    // It is stored: the test would prove nothing otherwise.
    const stored = await payload.findByID({ collection: 'events', id: ids.get('hybrid-conference')!, overrideAccess: true })
    expect(stored.joinUrl).toBe(secretJoin)
  })
})

describe('events elsewhere on the site', () => {
  it('shows upcoming events on the home page, the theme page and the organiser page, and the nav entry', async () => {
    const home = (await get('/en/')).body
    expect(home).toContain('id="home-events"')
    expect(home).toContain('<a href="/en/events">Events</a>')
    expect((await get('/en/themes/housing')).body).toContain('Nordic integration conference')
    expect((await get(`/en/organisations/${organisations[0].key}`)).body).toContain('Nordic integration conference')
  })

  it('lists the calendar and published event pages in the sitemap, not drafts', async () => {
    const sitemap = (await get('/sitemap.xml')).body
    expect(sitemap).toContain('/en/events/hybrid-conference')
    expect(sitemap).toContain('/en/events/past')
    expect(sitemap).not.toContain('draft-event')
  })
})

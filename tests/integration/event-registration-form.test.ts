import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findRegistrationByToken } from '../../src/features/events/registration/find-registration-by-token'
import { registerParticipant } from '../../src/features/events/registration/register-participant'
import type { Event, Registration } from '../../src/payload-types'
import { buildApp } from '../../src/web/app'
import { issueCsrfToken } from '../../src/web/csrf'
import { issueFillStamp } from '../../src/web/forms/fill-stamp'
import { createOwnEvent, registrant } from '../helpers/event-fixtures'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

let t: TestPayload
let app: FastifyInstance
let hybrid: Event
let full: Event

beforeAll(async () => {
  t = await startTestPayload()
  hybrid = await createOwnEvent(t.payload, { slug: 'nordic-conference', title: 'Nordic conference on integration' })
  full = await createOwnEvent(t.payload, { slug: 'small-seminar', format: 'inPerson', registration: { capacityInPerson: 1 } })
  app = await buildApp({ payload: t.payload, env: t.env })
}, 120_000)

afterAll(async () => {
  await app?.close()
  await t?.cleanup()
})

let lastIp = 0
const nextIp = () => `10.9.${Math.floor(++lastIp / 250)}.${lastIp % 250}`

type Fields = [string, string][]

/** A post as a person's browser sends it: token and cookie, a stamp from 10 s ago, an empty honeypot. */
function post(url: string, fields: Fields, extra: { honeypot?: string } = {}) {
  const token = issueCsrfToken(t.env.payloadSecret, Date.now() - 10_000)
  const stamp = issueFillStamp(t.env.payloadSecret, Date.now() - 10_000)
  const body = new URLSearchParams([['_csrf', token], ['_started', stamp], ...fields, ['website', extra.honeypot ?? '']])
  return app.inject({ method: 'POST', url, remoteAddress: nextIp(), headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `csrf=${token}` }, payload: body.toString() })
}

const valid: Fields = [
  ['name', 'Aino Virtanen'],
  ['email', 'aino@tampere.example'],
  ['organisation', 'Tampereen kaupunki'],
  ['country', 'FI'],
  ['sector', 'municipality'],
  ['mode', 'online'],
]

async function registrationsOf(event: Event): Promise<Registration[]> {
  return (await t.payload.find({ collection: 'registrations', where: { event: { equals: event.id } }, pagination: false, depth: 0, overrideAccess: true })).docs as Registration[]
}

describe('the registration form', () => {
  it('shows the form with places per mode, and the event’s local time', async () => {
    const res = await app.inject({ method: 'GET', url: '/fi/events/nordic-conference/register' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['cache-control']).toContain('no-store')
    expect(res.body).toContain('name="mode"')
    expect(res.body).toContain('100 paikkaa jäljellä')
    expect(res.body).toContain('400 paikkaa jäljellä')
  })

  it('shows a taken seat on the event page at once, though the page is cached', async () => {
    const event = await createOwnEvent(t.payload, { slug: 'one-seat', format: 'inPerson', registration: { capacityInPerson: 1 } })
    const page = async () => (await app.inject({ method: 'GET', url: '/en/events/one-seat' })).body
    const before = await page()
    expect(before).toContain('1 place left of 1')
    expect(await page()).toBe(before) // cached
    await registerParticipant(t.payload, event.id, registrant('seat-watcher'))
    await expect.poll(page, { timeout: 5000 }).toContain('Full: you can join the waiting list')
  })

  it('registers and answers with the same page whether the address was new or already registered', async () => {
    const first = await post('/fi/events/nordic-conference/register', valid)
    expect(first.statusCode).toBe(303)
    expect(first.headers.location).toBe('/fi/events/nordic-conference/register/sent')
    const again = await post('/fi/events/nordic-conference/register', [...valid.filter(([k]) => k !== 'email'), ['email', 'AINO@tampere.example']])
    expect(again.statusCode).toBe(303)
    expect(again.headers.location).toBe(first.headers.location)
    const stored = await registrationsOf(hybrid)
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatchObject({ mode: 'online', status: 'confirmed', locale: 'fi', country: 'FI' })
    const sent = await app.inject({ method: 'GET', url: first.headers.location as string })
    expect(sent.body).toContain('Katso sähköpostisi')
  })

  it('answers bad input with localized messages on the fields, keeps what was typed and stores nothing', async () => {
    const res = await post('/sv/events/nordic-conference/register', [
      ['name', 'x'.repeat(201)],
      ['email', 'inte-en-adress'],
      ['country', 'SE'],
      ['sector', 'NGO; DROP TABLE'],
      ['mode', 'balcony'],
      ['needs', 'Rullstol'],
    ])
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('id="f-email-error"')
    expect(res.body).toContain('id="f-sector-error"')
    expect(res.body).toContain('id="f-mode-error"')
    expect(res.body).toMatch(/Namn.*högst 200 tecken/)
    expect(res.body).toContain('Rullstol')
    expect(await registrationsOf(hybrid)).toHaveLength(1)
  })

  it('refuses a bot that fills in the honeypot, and a post without the CSRF pair, storing nothing', async () => {
    const bot = await post('/en/events/nordic-conference/register', [...valid.filter(([k]) => k !== 'email'), ['email', 'bot@spam.example']], { honeypot: 'http://spam.example' })
    expect(bot.statusCode).toBe(422)
    const forged = await app.inject({
      method: 'POST',
      url: '/en/events/nordic-conference/register',
      remoteAddress: nextIp(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams([...valid, ['email', 'forged@spam.example']]).toString(),
    })
    expect(forged.statusCode).toBe(403)
    expect((await registrationsOf(hybrid)).map((r) => r.email)).toEqual(['aino@tampere.example'])
  })

  it('says a closed, past or unknown event cannot take registrations, clearly and without a 500', async () => {
    await t.payload.update({ collection: 'events', id: full.id, data: { registration: { closed: true, capacityInPerson: 1 } }, overrideAccess: true, context: { seeding: true } })
    const closed = await post('/da/events/small-seminar/register', [...valid, ['mode', 'inPerson']])
    expect(closed.statusCode).toBe(409)
    expect(closed.body).toContain('Tilmeldingen er lukket.')
    expect(await registrationsOf(full)).toHaveLength(0)
    expect((await app.inject({ method: 'GET', url: '/da/events/small-seminar/register' })).body).not.toContain('<form class="submission-form"')
    expect((await post('/en/events/no-such-event/register', valid)).statusCode).toBe(404)
    expect((await app.inject({ method: 'GET', url: '/en/events/NO_SUCH/register' })).statusCode).toBe(404)
  })
})

describe('a participant’s own page', () => {
  it('shows the place, lets a hybrid participant move to the room, and cancel', async () => {
    const event = await createOwnEvent(t.payload, { slug: 'own-page', registration: { capacityInPerson: 1, capacityOnline: 10 } })
    // Read the token from the mail job's registration (the mail itself is tested elsewhere).
    const outcome = await registerParticipant(t.payload, event.id, registrant('own', { mode: 'online', locale: 'en' }))
    if (!('registration' in outcome)) throw new Error('unexpected')
    const r = (await t.payload.findByID({ collection: 'registrations', id: outcome.registration, overrideAccess: true })) as Registration
    const token = t.payload.decrypt(r.tokenSealed)
    const page = await app.inject({ method: 'GET', url: `/en/registrations/${token}` })
    expect(page.statusCode).toBe(200)
    expect(page.headers['referrer-policy']).toBe('same-origin')
    expect(page.body).toContain('Confirmed')
    expect(page.body).not.toContain('secret-room-42')
    const moved = await post(`/en/registrations/${token}/mode`, [['mode', 'inPerson']])
    expect(moved.statusCode).toBe(303)
    expect((await findRegistrationByToken(t.payload, token))?.registration).toMatchObject({ mode: 'inPerson', status: 'confirmed' })
    const cancelled = await post(`/en/registrations/${token}/cancel`, [])
    expect(cancelled.headers.location).toBe(`/en/registrations/${token}?done=cancelled`)
    const after = await app.inject({ method: 'GET', url: cancelled.headers.location as string })
    expect(after.body).toContain('Your registration is cancelled.')
    expect(after.body).not.toContain(`/registrations/${token}/cancel`)
  })

  it('is a 404 for a wrong or malformed token', async () => {
    expect((await app.inject({ method: 'GET', url: '/en/registrations/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' })).statusCode).toBe(404)
    expect((await app.inject({ method: 'GET', url: '/en/registrations/%3Cscript%3E' })).statusCode).toBe(404)
  })
})

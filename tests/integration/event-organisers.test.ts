import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { summarizeRegistrations } from '../../src/features/events/organisers/summarize-registrations'
import { listParticipants } from '../../src/features/events/registration/list-participants'
import { registerParticipant } from '../../src/features/events/registration/register-participant'
import { runDueJobs } from '../../src/jobs/runner/run-due-jobs'
import type { Event, Registration } from '../../src/payload-types'
import { buildApp } from '../../src/web/app'
import { createOwnEvent, registrant } from '../helpers/event-fixtures'
import { loginSession } from '../helpers/login-session'
import { startSmtpPeer, type SmtpPeer } from '../helpers/start-smtp-peer'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

let t: TestPayload
let app: FastifyInstance
let smtp: SmtpPeer
let event: Event
const session: Record<string, Record<string, string>> = {}
const ids: number[] = []

beforeAll(async () => {
  smtp = await startSmtpPeer()
  t = await startTestPayload({ SMTP_URL: smtp.url })
  for (const role of ['organiser', 'expert'] as const) {
    await t.payload.create({ collection: 'users', data: { email: `${role}@example.org`, password: 'a-long-password', roles: [role] }, overrideAccess: true })
  }
  event = await createOwnEvent(t.payload, { slug: 'organised', registration: { capacityInPerson: 2, capacityOnline: 2 } })
  const people = [
    registrant('o1', { country: 'DK', organisation: '=cmd|calc' }),
    registrant('o2', { mode: 'online', country: 'IS', name: 'Þóra Jónsdóttir', listConsent: true, organisation: 'Reykjavíkurborg' }),
    registrant('o3', { mode: 'online' }),
    registrant('o4', { mode: 'online', listConsent: true }), // waits
  ]
  for (const p of people) {
    const o = await registerParticipant(t.payload, event.id, p)
    if ('registration' in o) ids.push(o.registration)
  }
  await t.payload.delete({ collection: 'payload-jobs', where: { completedAt: { exists: false } }, overrideAccess: true })
  app = await buildApp({ payload: t.payload, env: t.env })
  session.organiser = await loginSession(app, 'organiser@example.org', 'a-long-password')
  session.expert = await loginSession(app, 'expert@example.org', 'a-long-password')
}, 120_000)

afterAll(async () => {
  await app?.close()
  await t?.cleanup()
  await smtp?.stop()
})

describe('the organisers’ tools', () => {
  it('exports the registrations as CSV with a byte-order mark for an organiser, and to nobody else', async () => {
    const res = await app.inject({ method: 'GET', url: `/api/events/${event.id}/registrations.csv`, headers: session.organiser })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8')
    const body = res.rawPayload.toString('utf8')
    expect(body.charCodeAt(0)).toBe(0xfeff)
    expect(body.trim().split('\r\n')).toHaveLength(5)
    expect(body).toContain('Þóra Jónsdóttir')
    expect(body).toContain("'=cmd|calc")
    expect((await app.inject({ method: 'GET', url: `/api/events/${event.id}/registrations.csv`, headers: session.expert })).statusCode).toBe(403)
    expect((await app.inject({ method: 'GET', url: `/api/events/${event.id}/registrations.csv` })).statusCode).toBe(403)
  })

  it('checks a participant in, and counts per mode and per country', async () => {
    const res = await app.inject({ method: 'PATCH', url: `/api/registrations/${ids[1]}`, headers: { ...session.organiser, 'content-type': 'application/json' }, payload: { attended: true } })
    expect(res.statusCode).toBe(200)
    const expertTry = await app.inject({ method: 'PATCH', url: `/api/registrations/${ids[2]}`, headers: { ...session.expert, 'content-type': 'application/json' }, payload: { attended: true } })
    expect(expertTry.statusCode).toBe(403)
    const organiser = (await t.payload.find({ collection: 'users', where: { email: { equals: 'organiser@example.org' } }, overrideAccess: true })).docs[0]
    const summary = await summarizeRegistrations(t.payload, { ...organiser, collection: 'users' }, event.id, ['inPerson', 'online'])
    expect(summary.modes).toEqual([
      { mode: 'inPerson', confirmed: 1, waiting: 0, cancelled: 0, attended: 0 },
      { mode: 'online', confirmed: 2, waiting: 1, cancelled: 0, attended: 1 },
    ])
    expect(summary.byCountry).toEqual({ DK: 1, IS: 1, SE: 1 })
  })

  it('sends an organiser’s message to the chosen audience only, once each', async () => {
    smtp.received.length = 0
    const res = await app.inject({
      method: 'POST',
      url: '/api/event-messages',
      headers: { ...session.organiser, 'content-type': 'application/json' },
      payload: { event: event.id, audience: 'online', subject: 'Room change for the online part', body: 'The stream starts ten minutes later.' },
    })
    expect(res.statusCode).toBe(201)
    await runDueJobs(t.payload)
    await runDueJobs(t.payload)
    const to = smtp.received.map((m) => /^To: (.*)$/m.exec(m)?.[1]).sort()
    expect(to).toEqual(['persono2@example.org', 'persono3@example.org'])
  })

  it('keeps the join link from anyone but organisers and editors, over REST and GraphQL', async () => {
    const anon = await app.inject({ method: 'GET', url: `/api/events/${event.id}` })
    expect(anon.statusCode).toBe(200)
    expect(anon.body).not.toContain('secret-room-42')
    const expert = await app.inject({ method: 'GET', url: `/api/events/${event.id}`, headers: session.expert })
    expect(expert.body).not.toContain('secret-room-42')
    const organiser = await app.inject({ method: 'GET', url: `/api/events/${event.id}`, headers: session.organiser })
    expect(organiser.body).toContain('secret-room-42')
    const query = { query: `{ Events { docs { id joinUrl title } } }` }
    const gql = await app.inject({ method: 'POST', url: '/api/graphql', headers: { 'content-type': 'application/json' }, payload: query })
    expect(gql.statusCode).toBe(200)
    expect(gql.body).toContain('"title"')
    expect(gql.body).not.toContain('secret-room-42')
    const regs = await app.inject({ method: 'POST', url: '/api/graphql', headers: { 'content-type': 'application/json' }, payload: { query: '{ Registrations { docs { email } } }' } })
    expect(regs.body).not.toContain('@example.org')
  })

  it('lists only confirmed participants who agreed, with name and organisation alone, on the event page', async () => {
    expect(await listParticipants(t.payload, event.id)).toEqual([{ name: 'Þóra Jónsdóttir', organisation: 'Reykjavíkurborg' }])
    const page = await app.inject({ method: 'GET', url: '/en/events/organised' })
    expect(page.body).toContain('Þóra Jónsdóttir, Reykjavíkurborg')
    expect(page.body).not.toContain('Participant o4')
    expect(page.body).not.toContain('persono2@example.org')
  })

  it('keeps registrations out of an expert’s reach through REST', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/registrations', headers: session.expert })
    expect(res.statusCode).toBe(403)
    const r = (await t.payload.findByID({ collection: 'registrations', id: ids[0], overrideAccess: true })) as Registration
    expect(r.name).toBe('Participant o1')
  })
})

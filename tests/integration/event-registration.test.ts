import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cancelRegistration } from '../../src/features/events/registration/cancel-registration'
import { changeMode } from '../../src/features/events/registration/change-mode'
import { findRegistrationByToken } from '../../src/features/events/registration/find-registration-by-token'
import { registerParticipant } from '../../src/features/events/registration/register-participant'
import { runDueJobs } from '../../src/jobs/runner/run-due-jobs'
import type { Registration } from '../../src/payload-types'
import { createOwnEvent, registrant } from '../helpers/event-fixtures'
import { startSmtpPeer, type SmtpPeer } from '../helpers/start-smtp-peer'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

let t: TestPayload
let second: TestPayload | undefined
let smtp: SmtpPeer
const onPostgres = /^postgres/.test(process.env.DATABASE_URL ?? '')

beforeAll(async () => {
  smtp = await startSmtpPeer()
  t = await startTestPayload({ SMTP_URL: smtp.url, MAIL_FROM: 'Clearinghouse <no-reply@example.org>' })
  // On PostgreSQL, a second instance on the same database: seats are decided across instances.
  if (onPostgres) second = await startTestPayload({ SMTP_URL: smtp.url }, { databaseUrl: t.env.databaseUrl })
}, 120_000)

afterAll(async () => {
  await second?.cleanup()
  await t?.cleanup()
  await smtp?.stop()
})

async function statuses(event: number, mode?: string): Promise<Record<string, number>> {
  const all = await t.payload.find({ collection: 'registrations', where: { event: { equals: event }, ...(mode ? { mode: { equals: mode } } : {}) }, pagination: false, depth: 0, overrideAccess: true })
  const tally: Record<string, number> = {}
  for (const r of all.docs as Registration[]) tally[r.status] = (tally[r.status] ?? 0) + 1
  return tally
}

/** Tests that read mails start from an empty queue (the capacity tests queue a thousand). */
async function dropQueuedJobs(): Promise<void> {
  await t.payload.delete({ collection: 'payload-jobs', where: { completedAt: { exists: false } }, overrideAccess: true })
}

const mailTo = (address: string) => smtp.received.filter((m) => m.includes(`To: ${address}`))

describe('capacity and the waiting list', () => {
  it('ends 1,000 concurrent registrations for 100 seats in the room with exactly 100 confirmed and 900 waitlisted', async () => {
    const event = await createOwnEvent(t.payload, { slug: 'thousand', registration: { capacityInPerson: 100, capacityOnline: 0 } })
    const instances = second ? [t.payload, second.payload] : [t.payload]
    const outcomes = await Promise.all(Array.from({ length: 1000 }, (_, i) => registerParticipant(instances[i % instances.length], event.id, registrant(`k${i}`))))
    const tally: Record<string, number> = {}
    for (const o of outcomes) tally[o.outcome] = (tally[o.outcome] ?? 0) + 1
    expect(tally).toEqual({ confirmed: 100, waitlisted: 900 })
    expect(await statuses(event.id)).toEqual({ confirmed: 100, waitlisted: 900 })
    await dropQueuedJobs()
  }, 300_000)

  it('never loses or double-gives a seat under concurrent cancellations, and promotes in the order people registered', async () => {
    const event = await createOwnEvent(t.payload, { slug: 'cancel-storm', registration: { capacityInPerson: 20, capacityOnline: 5 } })
    const instances = second ? [t.payload, second.payload] : [t.payload]
    const ids: number[] = []
    for (let i = 0; i < 60; i++) {
      const o = await registerParticipant(t.payload, event.id, registrant(`c${i}`, { mode: i % 3 === 0 ? 'online' : 'inPerson' }))
      if ('registration' in o) ids.push(o.registration)
    }
    const before = (await t.payload.find({ collection: 'registrations', where: { event: { equals: event.id } }, sort: ['queuedAt', 'id'], pagination: false, depth: 0, overrideAccess: true })).docs as Registration[]
    const confirmedInRoom = before.filter((r) => r.mode === 'inPerson' && r.status === 'confirmed')
    const waitingInRoom = before.filter((r) => r.mode === 'inPerson' && r.status === 'waitlisted')
    // Ten seated people and three waiting ones cancel at once, twice each (double clicks).
    const cancelling = [...confirmedInRoom.slice(0, 10), ...waitingInRoom.slice(0, 3)]
    const results = await Promise.all([...cancelling, ...cancelling].map((r, i) => cancelRegistration(instances[i % instances.length], r.id)))
    expect(results.filter((r) => r.outcome === 'cancelled')).toHaveLength(13)
    expect(await statuses(event.id, 'inPerson')).toEqual({ confirmed: 20, waitlisted: waitingInRoom.length - 3 - 10, cancelled: 13 })
    expect(await statuses(event.id, 'online')).toEqual({ confirmed: 5, waitlisted: 15 })
    // The ten freed seats went to the first ten still waiting, in the order they registered (a
    // waiting person can be promoted and then cancel, passing the seat on).
    const after = (await t.payload.find({ collection: 'registrations', where: { and: [{ event: { equals: event.id } }, { mode: { equals: 'inPerson' } }, { status: { equals: 'confirmed' } }] }, pagination: false, depth: 0, overrideAccess: true })).docs as Registration[]
    const cancelled = new Set(cancelling.map((r) => r.id))
    const expectedSeated = [...confirmedInRoom.filter((r) => !cancelled.has(r.id)), ...waitingInRoom.filter((r) => !cancelled.has(r.id)).slice(0, 10)].map((r) => r.id)
    expect(after.map((r) => r.id).sort((a, b) => a - b)).toEqual(expectedSeated.sort((a, b) => a - b))
  }, 120_000)

  it('moves a participant to the other mode: a free seat there, and their old seat to the first one waiting', async () => {
    const event = await createOwnEvent(t.payload, { slug: 'switch', registration: { capacityInPerson: 1, capacityOnline: 10 } })
    const first = await registerParticipant(t.payload, event.id, registrant('s1'))
    const waiting = await registerParticipant(t.payload, event.id, registrant('s2'))
    expect([first.outcome, waiting.outcome]).toEqual(['confirmed', 'waitlisted'])
    if (!('registration' in first) || !('registration' in waiting)) throw new Error('unexpected')
    expect(await changeMode(t.payload, first.registration, 'online')).toEqual({ outcome: 'confirmed' })
    const moved = (await t.payload.findByID({ collection: 'registrations', id: waiting.registration, overrideAccess: true })) as Registration
    expect(moved.status).toBe('confirmed')
    expect(await statuses(event.id)).toEqual({ confirmed: 2 })
  })
})

describe('who can register, and when', () => {
  it('gives one registration per address however it is typed, and says "already" the second time', async () => {
    const event = await createOwnEvent(t.payload, { slug: 'twice' })
    const a = await registerParticipant(t.payload, event.id, registrant('twice', { email: 'Twice@Example.org ' }))
    const b = await registerParticipant(t.payload, event.id, registrant('twice', { email: 'twice@example.org', mode: 'online' }))
    expect(a.outcome).toBe('confirmed')
    expect(b).toEqual({ outcome: 'already', registration: 'registration' in a ? a.registration : -1 })
    expect(await statuses(event.id)).toEqual({ confirmed: 1 })
  })

  it('takes someone back after they cancelled, at the end of the line', async () => {
    const event = await createOwnEvent(t.payload, { slug: 'come-back', registration: { capacityInPerson: 1, capacityOnline: 0 } })
    const a = await registerParticipant(t.payload, event.id, registrant('back1'))
    await registerParticipant(t.payload, event.id, registrant('back2'))
    if (!('registration' in a)) throw new Error('unexpected')
    await cancelRegistration(t.payload, a.registration)
    const again = await registerParticipant(t.payload, event.id, registrant('back1'))
    expect(again).toEqual({ outcome: 'waitlisted', registration: a.registration })
  })

  it.each([
    ['past', { startsAt: new Date(Date.now() - 3_600_000).toISOString(), endsAt: new Date(Date.now() + 3_600_000).toISOString() }],
    ['deadline', { registration: { deadline: new Date(Date.now() - 60_000).toISOString(), capacityInPerson: 10, capacityOnline: 10 } }],
    ['closed', { registration: { closed: true, capacityInPerson: 10, capacityOnline: 10 } }],
    ['cancelled', { eventStatus: 'cancelled' as const }],
    ['notOwn', { kind: 'external' as const, externalUrl: 'https://example.org/their-event' }],
  ])('refuses a registration when the event is %s, and stores nothing', async (reason, overrides) => {
    const event = await createOwnEvent(t.payload, { slug: `refuse-${reason.toLowerCase()}`, ...overrides })
    expect(await registerParticipant(t.payload, event.id, registrant(`r-${reason}`))).toEqual({ outcome: 'closed', reason })
    expect(await statuses(event.id)).toEqual({})
  })

  it('refuses a mode the event does not offer, and an unknown or draft event', async () => {
    const inPerson = await createOwnEvent(t.payload, { slug: 'room-only', format: 'inPerson', registration: { capacityInPerson: 10 } })
    expect(await registerParticipant(t.payload, inPerson.id, registrant('m1', { mode: 'online' }))).toEqual({ outcome: 'closed', reason: 'noMode' })
    expect(await registerParticipant(t.payload, 999_999, registrant('m2'))).toEqual({ outcome: 'closed', reason: 'notOwn' })
    const draft = await createOwnEvent(t.payload, { slug: 'draft-only', _status: 'draft' })
    expect((await registerParticipant(t.payload, draft.id, registrant('m3'))).outcome).toBe('closed')
  })
})

describe('mails', () => {
  beforeAll(dropQueuedJobs)
  it('confirms in the registrant’s language, as text and HTML, with the event as a calendar file and a working personal link', async () => {
    smtp.received.length = 0
    const event = await createOwnEvent(t.payload, { slug: 'mailed', title: 'Segregation and schools' })
    await t.payload.update({ collection: 'events', id: event.id, locale: 'sv', data: { title: 'Segregation och skolor' }, overrideAccess: true, context: { seeding: true } })
    await registerParticipant(t.payload, event.id, registrant('mail1', { locale: 'sv' }))
    await runDueJobs(t.payload)
    const [mail] = mailTo('personmail1@example.org')
    expect(mail).toBeDefined()
    expect(mail).toMatch(/Content-Type: multipart\/mixed/)
    expect(mail).toMatch(/Content-Type: text\/plain/)
    expect(mail).toMatch(/Content-Type: text\/html/)
    const decoded = decodeMail(mail)
    expect(decoded).toContain('Segregation och skolor')
    expect(decoded).toContain('Du har fått en plats')
    expect(decoded).not.toContain('secret-room-42')
    const ics = calendarPart(mail)
    const vevent = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!)
    expect(vevent.uid).toBe(`event-${event.id}@localhost:3000`)
    const link = /\/sv\/registrations\/([A-Za-z0-9_-]+)/.exec(decoded)
    expect(link).not.toBeNull()
    const own = await findRegistrationByToken(t.payload, link![1])
    expect(own?.registration.email).toBe('personmail1@example.org')
  })

  it('mails the first person waiting at once when a seat is freed', async () => {
    smtp.received.length = 0
    const event = await createOwnEvent(t.payload, { slug: 'promotion-mail', registration: { capacityInPerson: 1, capacityOnline: 0 } })
    const seated = await registerParticipant(t.payload, event.id, registrant('p1', { locale: 'en' }))
    await registerParticipant(t.payload, event.id, registrant('p2', { locale: 'da' }))
    await runDueJobs(t.payload)
    if (!('registration' in seated)) throw new Error('unexpected')
    await cancelRegistration(t.payload, seated.registration)
    await runDueJobs(t.payload)
    const promotedMails = mailTo('personp2@example.org').map(decodeMail)
    expect(promotedMails.some((m) => m.includes('Der er blevet en plads ledig til dig'))).toBe(true)
    expect(mailTo('personp1@example.org').map(decodeMail).some((m) => m.includes('Registration cancelled'))).toBe(true)
  })
})

describe('reminders', () => {
  it('reminds each confirmed participant once a day before, and online ones an hour before with the join link, never the cancelled', async () => {
    const event = await createOwnEvent(t.payload, { slug: 'remind' })
    const room = await registerParticipant(t.payload, event.id, registrant('rem-room', { locale: 'en' }))
    await registerParticipant(t.payload, event.id, registrant('rem-online', { mode: 'online', locale: 'en' }))
    const gone = await registerParticipant(t.payload, event.id, registrant('rem-gone', { mode: 'online', locale: 'en' }))
    if (!('registration' in gone) || !('registration' in room)) throw new Error('unexpected')
    await cancelRegistration(t.payload, gone.registration)
    await runDueJobs(t.payload)
    smtp.received.length = 0
    // Each reminder job queued twice, as after a runner died mid-job and another took it over.
    for (const which of ['day', 'hour', 'day', 'hour']) {
      await t.payload.jobs.queue({ task: 'remindParticipants', input: { event: event.id, which, startsAt: event.startsAt } })
      await runDueJobs(t.payload)
    }
    const subjects = (address: string) => mailTo(address).map((m) => (/Subject: (.*)/.exec(decodeMail(m)) ?? [])[1])
    expect(subjects('personrem-room@example.org')).toEqual([`Tomorrow: Event remind`])
    expect(subjects('personrem-online@example.org').sort()).toEqual([`In one hour: Event remind`, `Tomorrow: Event remind`])
    expect(mailTo('personrem-gone@example.org')).toEqual([])
    expect(mailTo('personrem-online@example.org').map(decodeMail).every((m) => m.includes('secret-room-42'))).toBe(true)
    expect(mailTo('personrem-room@example.org').map(decodeMail).some((m) => m.includes('secret-room-42'))).toBe(false)
  })

  it('sends nothing for an event that moved since the reminder was queued', async () => {
    const event = await createOwnEvent(t.payload, { slug: 'moved' })
    await registerParticipant(t.payload, event.id, registrant('moved1', { locale: 'en' }))
    await runDueJobs(t.payload)
    smtp.received.length = 0
    await t.payload.jobs.queue({ task: 'remindParticipants', input: { event: event.id, which: 'day', startsAt: new Date(Date.parse(event.startsAt) - 86_400_000).toISOString() } })
    await runDueJobs(t.payload)
    expect(mailTo('personmoved1@example.org')).toEqual([])
  })

  it('queues the reminders and the purge when one of our events is published', async () => {
    const event = await createOwnEvent(t.payload, { slug: 'queued-jobs' }, { queueJobs: true })
    const jobs = await t.payload.find({ collection: 'payload-jobs', where: { taskSlug: { in: ['remindParticipants', 'purgeEventData'] } }, pagination: false, overrideAccess: true })
    const mine = jobs.docs.filter((j) => (j.input as { event?: number }).event === event.id)
    const start = Date.parse(event.startsAt)
    expect(mine.map((j) => [j.taskSlug, (j.input as { which?: string }).which ?? '', Date.parse(String(j.waitUntil))]).sort()).toEqual(
      [
        ['purgeEventData', '', Date.parse(event.endsAt) + 90 * 86_400_000],
        ['remindParticipants', 'day', start - 86_400_000],
        ['remindParticipants', 'hour', start - 3_600_000],
      ].sort(),
    )
  })
})

describe('retention', () => {
  it('purges an event’s personal data after the retention time and keeps only anonymous counts', async () => {
    const event = await createOwnEvent(t.payload, { slug: 'purge', registration: { capacityInPerson: 2, capacityOnline: 2 } })
    await registerParticipant(t.payload, event.id, registrant('pu1', { country: 'FI', sector: 'ngo' }))
    const b = await registerParticipant(t.payload, event.id, registrant('pu2', { mode: 'online', country: 'NO' }))
    await registerParticipant(t.payload, event.id, registrant('pu3', { mode: 'online' }))
    await registerParticipant(t.payload, event.id, registrant('pu4', { mode: 'online' })) // waiting: not a participant
    if (!('registration' in b)) throw new Error('unexpected')
    await t.payload.update({ collection: 'registrations', id: b.registration, data: { attended: true }, overrideAccess: true })
    // Not due yet: nothing happens.
    await t.payload.jobs.queue({ task: 'purgeEventData', input: { event: event.id } })
    await runDueJobs(t.payload)
    expect((await statuses(event.id)).confirmed).toBe(3)
    // The event long over: purged.
    const past = Date.now() - 100 * 86_400_000
    const moved = await t.payload.update({ collection: 'events', id: event.id, data: { startsAt: new Date(past).toISOString(), endsAt: new Date(past + 3_600_000).toISOString() }, overrideAccess: true, context: { seeding: true } })
    await t.payload.jobs.queue({ task: 'purgeEventData', input: { event: event.id } })
    await runDueJobs(t.payload)
    expect(await statuses(event.id)).toEqual({})
    const figures = await t.payload.find({ collection: 'event-figures', where: { event: { equals: event.id } }, overrideAccess: true })
    expect(figures.docs[0]).toMatchObject({ registered: 3, attended: 1, byMode: { inPerson: 1, online: 2 }, byCountry: { FI: 1, NO: 1, SE: 1 }, bySector: { ngo: 1, municipality: 2 } })
    const after = await t.payload.findByID({ collection: 'events', id: event.id, overrideAccess: true })
    expect(after.personalDataPurgedAt).toBeTruthy()
    // Housekeeping is not an edit: calendars get no new version of the event.
    expect(after.sequence).toBe(moved.sequence)
  })
})

/** The mail with its quoted-printable and base64 parts decoded, for reading the texts. */
function decodeMail(raw: string): string {
  const parts = raw.split(/\r?\n--[^\r\n]+\r?\n/)
  return parts
    .map((part) => {
      const [head, ...rest] = part.split(/\r?\n\r?\n/)
      const body = rest.join('\n\n')
      if (/Content-Transfer-Encoding: base64/i.test(head)) return `${head}\n\n${Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')}`
      if (/Content-Transfer-Encoding: quoted-printable/i.test(head))
        return `${head}\n\n${Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8')}`
      return part
    })
    .join('\n')
    .replace(/=\?UTF-8\?Q\?(.*?)\?=/gi, (_, q: string) => Buffer.from(q.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m: string, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'))
    .replace(/=\?UTF-8\?B\?(.*?)\?=/gi, (_, b: string) => Buffer.from(b, 'base64').toString('utf8'))
}

function calendarPart(raw: string): string {
  const decoded = decodeMail(raw)
  const start = decoded.indexOf('BEGIN:VCALENDAR')
  const end = decoded.indexOf('END:VCALENDAR')
  return decoded.slice(start, end + 'END:VCALENDAR'.length) + '\r\n'
}

import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runDueJobs } from '../../src/jobs/runner/run-due-jobs'
import type { Subscriber } from '../../src/payload-types'
import { buildApp } from '../../src/web/app'
import { issueCsrfToken } from '../../src/web/csrf'
import { issueFillStamp } from '../../src/web/forms/fill-stamp'
import { createOwnEvent } from '../helpers/event-fixtures'
import { startSmtpPeer, type SmtpPeer } from '../helpers/start-smtp-peer'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

let t: TestPayload
let app: FastifyInstance
let smtp: SmtpPeer

beforeAll(async () => {
  smtp = await startSmtpPeer()
  t = await startTestPayload({ SMTP_URL: smtp.url })
  await t.payload.create({ collection: 'themes', data: { title: 'Housing', slug: 'housing' }, locale: 'en', overrideAccess: true })
  await t.payload.create({ collection: 'themes', data: { title: 'Work', slug: 'work' }, locale: 'en', overrideAccess: true })
  app = await buildApp({ payload: t.payload, env: t.env })
}, 120_000)

afterAll(async () => {
  await app?.close()
  await t?.cleanup()
  await smtp?.stop()
})

let lastIp = 0
const nextIp = () => `10.8.${Math.floor(++lastIp / 250)}.${lastIp % 250}`
type Fields = [string, string][]

/** A post as a person's browser sends it: token and cookie, a stamp from 10 s ago, an empty honeypot. */
function post(url: string, fields: Fields) {
  const token = issueCsrfToken(t.env.payloadSecret, Date.now() - 10_000)
  const stamp = issueFillStamp(t.env.payloadSecret, Date.now() - 10_000)
  const body = new URLSearchParams([['_csrf', token], ['_started', stamp], ...fields, ['website', '']])
  return app.inject({ method: 'POST', url, remoteAddress: nextIp(), headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `csrf=${token}` }, payload: body.toString() })
}

async function subscriber(email: string): Promise<Subscriber> {
  const { docs } = await t.payload.find({ collection: 'subscribers', where: { emailKey: { equals: email.toLowerCase() } }, depth: 0, overrideAccess: true })
  return docs[0]
}

const received = (email: string) => smtp.received.filter((m) => m.toLowerCase().includes(`to: ${email.toLowerCase()}`)).map((m) => m.replace(/=\r?\n/g, '').replace(/=3D/g, '='))

/** The mails the queue sent to an address (decoded enough to find links), once there are `count`. */
async function mailsTo(email: string, count = 1): Promise<string[]> {
  await runDueJobs(t.payload)
  await expect.poll(() => received(email).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(count)
  return received(email)
}

const linkIn = (mail: string, kind: string) => new RegExp(`http://localhost:3000(/[a-z]{2}/newsletter/${kind}/[A-Za-z0-9_-]+)`).exec(mail)?.[1]

describe('subscribing with double opt-in', () => {
  it('records the request and mails a confirmation link, sending nothing else before confirmation', async () => {
    const res = await post('/sv/newsletter', [['email', 'Ella@Example.org'], ['language', 'sv'], ['themes', 'housing']])
    expect(res.statusCode).toBe(303)
    expect(res.headers.location).toBe('/sv/newsletter/sent')
    const s = await subscriber('ella@example.org')
    expect(s).toMatchObject({ status: 'pending', locale: 'sv', source: 'newsletterPage' })
    expect(s.consents?.map((c) => [c.action, c.source, c.wording])).toEqual([['requested', 'newsletterPage', '2026-12']])
    const mails = await mailsTo('Ella@Example.org')
    expect(mails).toHaveLength(1)
    expect(mails[0]).toContain('Subject: =?UTF-8?')
    expect(linkIn(mails[0], 'confirm')).toMatch(/^\/sv\/newsletter\/confirm\//)
  })

  it('confirms only by a click on the link’s page (a POST), then shows the preference page', async () => {
    const link = linkIn((await mailsTo('Ella@Example.org'))[0], 'confirm')!
    const page = await app.inject({ method: 'GET', url: link })
    expect(page.statusCode).toBe(200)
    expect(page.headers['referrer-policy']).toBe('same-origin')
    expect((await subscriber('ella@example.org')).status).toBe('pending')
    const res = await post(link, [])
    expect(res.statusCode).toBe(303)
    expect(res.headers.location).toMatch(/^\/sv\/newsletter\/preferences\/[A-Za-z0-9_-]+\?done=confirmed$/)
    const s = await subscriber('ella@example.org')
    expect(s.status).toBe('confirmed')
    expect(s.confirmedAt).toBeTruthy()
    expect(s.consents?.map((c) => c.action)).toEqual(['requested', 'confirmed'])
    // The link is spent.
    expect((await post(link, [])).statusCode).toBe(404)
  })

  it('answers an address already subscribed exactly like a new one, and mails its owner the preference link', async () => {
    smtp.received.length = 0
    const again = await post('/en/newsletter', [['email', 'ella@example.org'], ['language', 'en']])
    const fresh = await post('/en/newsletter', [['email', 'new@example.org'], ['language', 'en']])
    expect(again.statusCode).toBe(fresh.statusCode)
    expect(again.headers.location).toBe(fresh.headers.location)
    expect(again.body).toBe(fresh.body)
    const mail = (await mailsTo('ella@example.org'))[0]
    expect(linkIn(mail, 'preferences')).toBeTruthy()
    // The subscription itself is untouched (still Swedish).
    expect((await subscriber('ella@example.org')).locale).toBe('sv')
  })

  it('refuses an expired confirmation link', async () => {
    const res = await post('/en/newsletter', [['email', 'late@example.org'], ['language', 'en']])
    expect(res.statusCode).toBe(303)
    const link = linkIn((await mailsTo('late@example.org'))[0], 'confirm')!
    const s = await subscriber('late@example.org')
    await t.payload.update({ collection: 'subscribers', id: s.id, data: { confirmExpiresAt: new Date(Date.now() - 1000).toISOString() }, overrideAccess: true })
    expect((await app.inject({ method: 'GET', url: link })).statusCode).toBe(404)
    expect((await post(link, [])).statusCode).toBe(404)
    expect((await subscriber('late@example.org')).status).toBe('pending')
  })

  it('shows bad input next to the fields in the reader’s language and stores nothing', async () => {
    const res = await post('/fi/newsletter', [['email', 'ei-osoite'], ['language', 'xx'], ['themes', 'nonsense']])
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('id="f-email-error"')
    expect(res.body).toContain('id="f-language-error"')
    expect(res.body).toContain('id="f-themes-error"')
    expect(res.body).toContain('lang="fi"')
    expect(await subscriber('ei-osoite')).toBeUndefined()
  })

  it('carries the footer’s short form to the page’s guarded form, prefilled, and records the footer as the source', async () => {
    const start = await app.inject({ method: 'POST', url: '/da/newsletter/start', remoteAddress: nextIp(), headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'from=footer&email=footer%40example.org&language=nb' })
    expect(start.statusCode).toBe(200)
    expect(start.body).toContain('value="footer@example.org"')
    expect(start.body).toMatch(/id="f-language-2" name="language" value="nb" checked/)
    expect(start.body).toContain('name="from" value="footer"')
    expect((await post('/da/newsletter', [['from', 'footer'], ['email', 'footer@example.org'], ['language', 'nb']])).statusCode).toBe(303)
    expect(await subscriber('footer@example.org')).toMatchObject({ source: 'footer', locale: 'nb', status: 'pending' })
  })
})

describe('the event registration’s newsletter box', () => {
  it('starts the newsletter’s own double opt-in, recording the registration as the source', async () => {
    await createOwnEvent(t.payload, { slug: 'with-newsletter' })
    const res = await post('/is/events/with-newsletter/register', [
      ['name', 'Jón Jónsson'],
      ['email', 'jon@example.org'],
      ['country', 'IS'],
      ['sector', 'ngo'],
      ['mode', 'online'],
      ['newsletter', 'yes'],
    ])
    expect(res.statusCode).toBe(303)
    expect(await subscriber('jon@example.org')).toMatchObject({ status: 'pending', source: 'eventRegistration', locale: 'is' })
    expect(linkIn((await mailsTo('jon@example.org', 2)).find((m) => linkIn(m, 'confirm'))!, 'confirm')).toMatch(/^\/is\/newsletter\/confirm\//)
  })
})

describe('the subscriber’s own page', () => {
  let prefs: string
  beforeAll(async () => {
    const mail = received('ella@example.org').find((m) => linkIn(m, 'preferences'))!
    prefs = linkIn(mail, 'preferences')!
  })

  it('changes language and themes, pauses and resumes, each in the consent record', async () => {
    expect((await post(prefs, [['language', 'fi'], ['themes', 'work'], ['themes', 'housing']])).statusCode).toBe(303)
    let s = await subscriber('ella@example.org')
    expect(s.locale).toBe('fi')
    expect(s.themes).toHaveLength(2)
    expect((await post(`${prefs}/pause`, [])).statusCode).toBe(303)
    expect((await subscriber('ella@example.org')).status).toBe('paused')
    expect((await post(`${prefs}/resume`, [])).statusCode).toBe(303)
    s = await subscriber('ella@example.org')
    expect(s.status).toBe('confirmed')
    expect(s.consents?.map((c) => c.action)).toEqual(['requested', 'confirmed', 'changed', 'paused', 'resumed'])
  })

  it('gives the subscriber their data as JSON, without secrets', async () => {
    const res = await app.inject({ method: 'GET', url: `${prefs}/data.json` })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-disposition']).toContain('attachment')
    const data = JSON.parse(res.body) as Record<string, unknown>
    expect(data).toMatchObject({ email: 'Ella@Example.org', status: 'confirmed', language: 'fi' })
    expect((data.themes as string[]).sort()).toEqual(['housing', 'work'])
    expect(res.body).not.toMatch(/token/i)
  })

  it('unsubscribes with the RFC 8058 one-click POST, without cookie or token; a GET only asks', async () => {
    const unsubscribe = prefs.replace('/preferences/', '/unsubscribe/')
    const ask = await app.inject({ method: 'GET', url: unsubscribe })
    expect(ask.statusCode).toBe(200)
    expect(ask.body).toContain(`method="post" action="${unsubscribe}"`)
    expect((await subscriber('ella@example.org')).status).toBe('confirmed')
    const res = await app.inject({ method: 'POST', url: unsubscribe, remoteAddress: nextIp(), headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' })
    expect(res.statusCode).toBe(200)
    const s = await subscriber('ella@example.org')
    expect(s.status).toBe('unsubscribed')
    expect(s.consents?.at(-1)).toMatchObject({ action: 'unsubscribed', detail: 'one-click' })
  })

  it('lets an unsubscribed address subscribe again through a fresh double opt-in', async () => {
    smtp.received.length = 0
    expect((await post('/en/newsletter', [['email', 'ella@example.org'], ['language', 'en']])).statusCode).toBe(303)
    expect((await subscriber('ella@example.org')).status).toBe('pending')
    const link = linkIn((await mailsTo('ella@example.org'))[0], 'confirm')!
    expect((await post(link, [])).statusCode).toBe(303)
    const s = await subscriber('ella@example.org')
    expect(s.status).toBe('confirmed')
    expect(s.consents?.map((c) => c.action).slice(-3)).toEqual(['unsubscribed', 'requested', 'confirmed'])
  })

  it('erases the subscriber only with the box ticked', async () => {
    const refused = await post(`${prefs}/erase`, [])
    expect(refused.statusCode).toBe(422)
    expect(refused.body).toContain('id="f-confirmErase-error"')
    expect(await subscriber('ella@example.org')).toBeDefined()
    expect((await post(`${prefs}/erase`, [['confirmErase', 'yes']])).statusCode).toBe(200)
    expect(await subscriber('ella@example.org')).toBeUndefined()
    expect((await app.inject({ method: 'GET', url: prefs })).statusCode).toBe(404)
  })
})

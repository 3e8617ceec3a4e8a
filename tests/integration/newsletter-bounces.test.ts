import type { FastifyInstance } from 'fastify'
import nodemailer from 'nodemailer'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verpAddress, unsubscribeMailto } from '../../src/features/newsletter/addresses'
import { inboundSettingsOf } from '../../src/features/newsletter/bounces/inbound-settings'
import { startBounceListener, type BounceListener } from '../../src/features/newsletter/bounces/start-bounce-listener'
import type { NewsletterBounce, NewsletterIssue, Subscriber } from '../../src/payload-types'
import { buildApp } from '../../src/web/app'
import { createDelivery, createIssue, createSubscriber } from '../helpers/newsletter-fixtures'
import { arfMessage, dsnMessage } from '../helpers/report-messages'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

const domain = 'bounce.example.org'
const webhookSecret = 'webhook-secret-for-the-tests-0123456789'
let t: TestPayload
let app: FastifyInstance
let listener: BounceListener
let smtp: nodemailer.Transporter
const issues: NewsletterIssue[] = []
let people = 0

beforeAll(async () => {
  t = await startTestPayload({ BOUNCE_DOMAIN: domain, BOUNCE_WEBHOOK_SECRET: webhookSecret })
  listener = await startBounceListener(t.payload, inboundSettingsOf(t.env, t.payload), { port: 0, host: '127.0.0.1' })
  // A real SMTP client, as the MTA relaying the bounce domain would be.
  smtp = nodemailer.createTransport({ host: '127.0.0.1', port: listener.port, secure: false, ignoreTLS: true })
  app = await buildApp({ payload: t.payload, env: t.env })
  for (let i = 0; i < 3; i++) issues.push(await createIssue(t.payload, { status: 'sent' }))
}, 120_000)

afterAll(async () => {
  smtp?.close()
  await listener?.stop()
  await app?.close()
  await t?.cleanup()
})

/** A confirmed subscriber who was sent each of the three issues; their return paths. */
async function recipient() {
  people++
  const { subscriber, token } = await createSubscriber(t.payload, `Person.${people}@Example.net`)
  const deliveries = []
  for (const issue of issues) deliveries.push(await createDelivery(t.payload, issue, subscriber, { messageId: `<issue-${issue.id}.${subscriber.id}@example.org>` }))
  const verp = deliveries.map((d) => verpAddress(t.payload.secret, d.id, domain))
  return { subscriber, token, deliveries, verp }
}

/** Hands a raw message to the listener with a null sender, as an MTA relays a bounce. */
const relay = (to: string, raw: string) => smtp.sendMail({ envelope: { from: '', to }, raw })

const reload = (id: number) => t.payload.findByID({ collection: 'subscribers', id, depth: 0, overrideAccess: true }) as Promise<Subscriber>
const bouncesOf = async (id: number) =>
  (await t.payload.find({ collection: 'newsletter-bounces', where: { subscriber: { equals: id } }, sort: 'receivedAt', depth: 0, overrideAccess: true })).docs as NewsletterBounce[]

describe('bounces through the inbound SMTP listener', () => {
  it('suspends at once on a hard bounce to the VERP address, recording it once however often it arrives', async () => {
    const r = await recipient()
    const dsn = dsnMessage({ to: r.verp[0]!, recipient: r.subscriber.email, status: '5.1.1', reportId: '<same-report@mx.example.net>' })
    const sent = await relay(r.verp[0]!, dsn)
    expect(sent.accepted).toEqual([r.verp[0]])
    await relay(r.verp[0]!, dsn)
    const after = await reload(r.subscriber.id)
    expect(after).toMatchObject({ status: 'suspended', suspendedReason: 'hardBounce' })
    expect(after.suspendedAt).toBeTruthy()
    expect(after.consents?.at(-1)).toMatchObject({ action: 'suspended', detail: 'hardBounce' })
    expect(after.consents?.filter((c) => c.action === 'suspended')).toHaveLength(1)
    const bounces = await bouncesOf(r.subscriber.id)
    expect(bounces).toHaveLength(1)
    expect(bounces[0]).toMatchObject({ kind: 'hard', status: '5.1.1', delivery: r.deliveries[0]!.id, recipient: r.subscriber.email })
    expect(bounces[0]!.diagnostic).toContain('User unknown')
  })

  it('suspends on a complaint (ARF) sent to the plain bounces address, found by its quoted return path', async () => {
    const r = await recipient()
    await relay(`bounces@${domain}`, arfMessage({ to: `bounces@${domain}`, recipient: r.subscriber.email, mailFrom: r.verp[1] }))
    expect(await reload(r.subscriber.id)).toMatchObject({ status: 'suspended', suspendedReason: 'complaint' })
    expect(await bouncesOf(r.subscriber.id)).toMatchObject([{ kind: 'complaint', status: 'abuse', delivery: r.deliveries[1]!.id }])
  })

  it('suspends on the third soft bounce within 30 days, counting a copy delayed twice once', async () => {
    const r = await recipient()
    const soft = (i: number) => dsnMessage({ to: r.verp[i]!, recipient: r.subscriber.email, action: 'delayed', status: '4.4.1' })
    await relay(r.verp[0]!, soft(0))
    await relay(r.verp[0]!, soft(0)) // the MTA's second "still trying" notice for the same copy
    await relay(r.verp[1]!, soft(1))
    expect((await reload(r.subscriber.id)).status).toBe('confirmed')
    expect(await bouncesOf(r.subscriber.id)).toHaveLength(2)
    await relay(r.verp[2]!, dsnMessage({ to: r.verp[2]!, recipient: r.subscriber.email, action: 'failed', status: '4.2.2' }))
    expect(await reload(r.subscriber.id)).toMatchObject({ status: 'suspended', suspendedReason: 'softBounces' })
    expect((await bouncesOf(r.subscriber.id)).map((b) => b.kind)).toEqual(['soft', 'soft', 'soft'])
  })

  it('does not count soft bounces older than 30 days', async () => {
    const r = await recipient()
    const old = new Date(Date.now() - 31 * 24 * 3600_000).toISOString()
    await t.payload.create({ collection: 'newsletter-bounces', data: { subscriber: r.subscriber.id, delivery: r.deliveries[0]!.id, recipient: r.subscriber.email, kind: 'soft', status: '4.4.1', receivedAt: old }, overrideAccess: true })
    await relay(r.verp[1]!, dsnMessage({ to: r.verp[1]!, recipient: r.subscriber.email, action: 'delayed', status: '4.4.1' }))
    await relay(r.verp[2]!, dsnMessage({ to: r.verp[2]!, recipient: r.subscriber.email, action: 'delayed', status: '4.4.1' }))
    expect((await reload(r.subscriber.id)).status).toBe('confirmed')
    expect(await bouncesOf(r.subscriber.id)).toHaveLength(3)
  })

  it('leaves someone who unsubscribed unsubscribed when their copy bounces', async () => {
    const r = await recipient()
    await t.payload.update({ collection: 'subscribers', id: r.subscriber.id, data: { status: 'unsubscribed', unsubscribedAt: new Date().toISOString() }, overrideAccess: true })
    await relay(r.verp[0]!, dsnMessage({ to: r.verp[0]!, recipient: r.subscriber.email }))
    expect((await reload(r.subscriber.id)).status).toBe('unsubscribed')
    expect(await bouncesOf(r.subscriber.id)).toHaveLength(1)
  })

  it('refuses recipients that are not ours and return paths with a wrong signature, at RCPT', async () => {
    const r = await recipient()
    await expect(relay(`postmaster@${domain}`, dsnMessage({ to: `postmaster@${domain}`, recipient: r.subscriber.email }))).rejects.toMatchObject({ responseCode: 550 })
    await expect(relay(`someone@example.org`, dsnMessage({ to: 'someone@example.org', recipient: r.subscriber.email }))).rejects.toMatchObject({ responseCode: 550 })
    const forged = r.verp[0]!.replace(/-[a-z0-9]+@/, '-0000000000@')
    await expect(relay(forged, dsnMessage({ to: forged, recipient: r.subscriber.email }))).rejects.toMatchObject({ responseCode: 550 })
    expect((await reload(r.subscriber.id)).status).toBe('confirmed')
    expect(await bouncesOf(r.subscriber.id)).toHaveLength(0)
  })

  it('refuses a message over the size limit', async () => {
    const r = await recipient()
    const big = dsnMessage({ to: r.verp[0]!, recipient: r.subscriber.email }) + `${'x'.repeat(998)}\r\n`.repeat(2200)
    await expect(relay(r.verp[0]!, big)).rejects.toMatchObject({ responseCode: 552 })
    expect(await bouncesOf(r.subscriber.id)).toHaveLength(0)
  })

  it('unsubscribes the owner of a List-Unsubscribe mailto address', async () => {
    const r = await recipient()
    const to = unsubscribeMailto(r.token, domain)
    await smtp.sendMail({ envelope: { from: r.subscriber.email, to }, raw: `From: ${r.subscriber.email}\r\nTo: ${to}\r\nSubject: unsubscribe\r\n\r\nunsubscribe\r\n` })
    const after = await reload(r.subscriber.id)
    expect(after.status).toBe('unsubscribed')
    expect(after.consents?.at(-1)).toMatchObject({ action: 'unsubscribed', detail: 'mailto', source: null })
  })
})

describe('the bounce webhook', () => {
  const post = (body: string, headers: Record<string, string>, query = '') =>
    app.inject({ method: 'POST', url: `/api/newsletter-bounces/inbound${query}`, headers: { 'content-type': 'message/rfc822', ...headers }, payload: body })

  it('answers 401 without the bearer token or with a wrong one, and changes nothing', async () => {
    const r = await recipient()
    const dsn = dsnMessage({ to: r.verp[0]!, recipient: r.subscriber.email })
    expect((await post(dsn, { 'x-envelope-to': r.verp[0]! })).statusCode).toBe(401)
    expect((await post(dsn, { 'x-envelope-to': r.verp[0]!, authorization: `Bearer ${webhookSecret}x` })).statusCode).toBe(401)
    expect((await post(dsn, { 'x-envelope-to': r.verp[0]!, authorization: `Basic ${webhookSecret}` })).statusCode).toBe(401)
    expect((await reload(r.subscriber.id)).status).toBe('confirmed')
  })

  it('records a hard bounce with the token, and the same message posted again as a duplicate', async () => {
    const r = await recipient()
    const dsn = dsnMessage({ to: r.verp[0]!, recipient: r.subscriber.email })
    const auth = { authorization: `Bearer ${webhookSecret}` }
    const first = await post(dsn, { ...auth, 'x-envelope-to': r.verp[0]! })
    expect(first.statusCode).toBe(200)
    expect(first.json()).toEqual({ result: 'recorded', suspended: 'hardBounce' })
    const again = await post(dsn, auth, `?recipient=${encodeURIComponent(r.verp[0]!)}`)
    expect(again.json()).toEqual({ result: 'duplicate' })
    expect(await bouncesOf(r.subscriber.id)).toHaveLength(1)
  })

  it('counts the same report posted twice at once (a retry racing the first try) once', async () => {
    const r = await recipient()
    const dsn = dsnMessage({ to: r.verp[1]!, recipient: r.subscriber.email, action: 'delayed', status: '4.4.1' })
    const headers = { authorization: `Bearer ${webhookSecret}`, 'x-envelope-to': r.verp[1]! }
    const answers = await Promise.all([post(dsn, headers), post(dsn, headers), relay(r.verp[1]!, dsn)])
    expect(answers.slice(0, 2).map((a) => a.statusCode)).toEqual([200, 200])
    expect(await bouncesOf(r.subscriber.id)).toHaveLength(1)
  })

  it('without an envelope recipient, finds the copy by its Message-ID, or the one subscriber with the address', async () => {
    const auth = { authorization: `Bearer ${webhookSecret}` }
    const a = await recipient()
    const byId = await post(arfMessage({ to: 'fbl@example.org', recipient: 'redacted@example.com', originalMessageId: `<issue-${issues[2]!.id}.${a.subscriber.id}@example.org>` }), auth)
    expect(byId.json()).toEqual({ result: 'recorded', suspended: 'complaint' })
    expect(await bouncesOf(a.subscriber.id)).toMatchObject([{ kind: 'complaint', delivery: a.deliveries[2]!.id }])
    const b = await recipient()
    const byAddress = await post(dsnMessage({ to: 'bounces@elsewhere.example', recipient: b.subscriber.email.toLowerCase(), originalMessageId: '<unknown@example.org>' }), { ...auth, 'content-type': 'text/plain' })
    expect(byAddress.json()).toEqual({ result: 'recorded', suspended: 'hardBounce' })
    expect(await bouncesOf(b.subscriber.id)).toMatchObject([{ kind: 'hard', delivery: null }])
    const nobody = await post(dsnMessage({ to: 'x@example.org', recipient: 'stranger@example.net', originalMessageId: '<unknown@example.org>' }), auth)
    expect(nobody.json()).toEqual({ result: 'unknown-recipient' })
  })

  it('refuses other content types and a message over the size limit', async () => {
    const auth = { authorization: `Bearer ${webhookSecret}` }
    expect((await post('{}', { ...auth, 'content-type': 'application/json' })).statusCode).toBe(415)
    expect((await post('x'.repeat(2 * 1024 * 1024 + 1), auth)).statusCode).toBe(413)
  })
})

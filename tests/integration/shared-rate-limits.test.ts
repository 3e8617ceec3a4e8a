import type { FastifyInstance } from 'fastify'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rawRows } from '../../src/db/raw-sql'
import { buildApp } from '../../src/web/app'
import { guardFields, guardForm } from '../../src/web/form-guard'
import { hitRateLimit, sweepRateLimitBuckets } from '../../src/web/rate-limit'
import { startSecondPayload, startTestPayload, type TestPayload } from '../helpers/test-payload'

const proxy = '10.9.0.1'
let t: TestPayload
let second: Awaited<ReturnType<typeof startSecondPayload>>
let apps: FastifyInstance[] = []

async function formApp(payload: Payload): Promise<FastifyInstance> {
  const deps = { payload, env: t.env }
  const app = await buildApp(deps)
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))))
  })
  app.get('/sv/test-form', async (req, reply) => {
    reply.type('text/html')
    return `<form method="post">${guardFields(deps, req, reply).value}</form>`
  })
  app.post('/sv/test-form', { ...guardForm(deps, { name: 'test', limit: 3, windowMs: 60_000 }) }, async () => 'accepted')
  return app
}

beforeAll(async () => {
  t = await startTestPayload({ TRUSTED_PROXIES: `${proxy},192.0.2.0/24` })
  second = await startSecondPayload(t)
  apps = [await formApp(t.payload), await formApp(second.payload)]
})

afterAll(async () => {
  for (const app of apps) await app.close()
  await second?.stop()
  await t?.cleanup()
})

async function post(app: FastifyInstance, remoteAddress: string, headers: Record<string, string> = {}): Promise<number> {
  const form = await app.inject({ method: 'GET', url: '/sv/test-form' })
  const cookie = String(form.headers['set-cookie']).split(';')[0]!
  const token = /value="([^"]+)"/.exec(form.body)![1]!
  const res = await app.inject({
    method: 'POST',
    url: '/sv/test-form',
    remoteAddress,
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, ...headers },
    payload: `_csrf=${encodeURIComponent(token)}`,
  })
  return res.statusCode
}

describe('rate limits across instances', () => {
  it('two instances on one database count the same attempts in one bucket', async () => {
    const [a, b] = apps as [FastifyInstance, FastifyInstance]
    const codes = [await post(a, '10.0.0.5'), await post(b, '10.0.0.5'), await post(a, '10.0.0.5'), await post(b, '10.0.0.5')]
    expect(codes).toEqual([200, 200, 200, 429])
    expect(await post(a, '10.0.0.6')).toBe(200)
  })

  it('stores no client address in clear', async () => {
    const rows = await rawRows(t.payload, { postgres: 'select key from rate_limit_buckets', sqlite: 'select key from rate_limit_buckets' }, [])
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect(String(row.key)).not.toMatch(/10\.0\.0\.|\d+\.\d+\.\d+\.\d+/)
  })

  it('starts a new window once the old one has expired', async () => {
    const opts = { key: 'test:window', limit: 1, windowMs: 1000 }
    expect((await hitRateLimit(t.payload, { ...opts, now: 5_000 })).allowed).toBe(true)
    expect(await hitRateLimit(second.payload, { ...opts, now: 5_500 })).toEqual({ allowed: false, retryAfterSeconds: 1 })
    expect((await hitRateLimit(t.payload, { ...opts, now: 6_000 })).allowed).toBe(true)
  })

  it('cleans up windows that have ended and keeps the live ones', async () => {
    const keys = "select key from rate_limit_buckets where key like 'test:sweep%'"
    await hitRateLimit(t.payload, { key: 'test:sweep-old', limit: 1, windowMs: 1000, now: 1_000 })
    await hitRateLimit(t.payload, { key: 'test:sweep-live', limit: 1, windowMs: 60_000, now: 1_000 })
    await sweepRateLimitBuckets(second.payload, 30_000)
    const left = await rawRows(t.payload, { postgres: keys, sqlite: keys }, [])
    expect(left.map((r) => r.key)).toEqual(['test:sweep-live'])
  })
})

describe('client address behind proxies (TRUSTED_PROXIES)', () => {
  it('a forged X-Forwarded-For from an untrusted peer does not give a fresh bucket', async () => {
    const [a] = apps as [FastifyInstance]
    for (let i = 0; i < 3; i++) expect(await post(a, '10.0.0.7', { 'x-forwarded-for': `198.51.100.${i}` })).toBe(200)
    expect(await post(a, '10.0.0.7', { 'x-forwarded-for': '198.51.100.99' })).toBe(429)
  })

  it('the X-Forwarded-For of a trusted proxy names the client, so each client has its own bucket', async () => {
    const [a, b] = apps as [FastifyInstance, FastifyInstance]
    const codes = []
    for (let i = 0; i < 4; i++) codes.push(await post(i % 2 ? a : b, proxy, { 'x-forwarded-for': '198.51.100.20' }))
    expect(codes).toEqual([200, 200, 200, 429])
    expect(await post(a, proxy, { 'x-forwarded-for': '198.51.100.21' })).toBe(200)
    // A proxy inside a listed CIDR range is trusted too.
    expect(await post(a, '192.0.2.44', { 'x-forwarded-for': '198.51.100.22' })).toBe(200)
  })

  it('honours X-Request-Id only from a trusted proxy, and echoes the id in the response', async () => {
    const [a] = apps as [FastifyInstance]
    const fromProxy = await a.inject({ method: 'GET', url: '/healthz', remoteAddress: proxy, headers: { 'x-request-id': 'lb-1234' } })
    expect(fromProxy.headers['x-request-id']).toBe('lb-1234')
    const forged = await a.inject({ method: 'GET', url: '/healthz', remoteAddress: '10.0.0.8', headers: { 'x-request-id': 'lb-1234' } })
    expect(forged.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
  })
})

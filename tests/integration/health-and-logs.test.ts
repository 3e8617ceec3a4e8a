import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkReadiness } from '../../src/boot/check-readiness'
import { rawRows } from '../../src/db/raw-sql'
import { practiceIndex } from '../../src/features/practices/search/practice-index'
import { buildApp } from '../../src/web/app'
import { startSecondPayload, startTestPayload, type TestPayload } from '../helpers/test-payload'

let t: TestPayload
let app: FastifyInstance
const lines: string[] = []

beforeAll(async () => {
  t = await startTestPayload({ LOG_REQUESTS: 'true' })
  app = await buildApp({ payload: t.payload, env: t.env, logger: { write: (line) => lines.push(line) } })
})

afterAll(async () => {
  await app?.close()
  await t?.cleanup()
})

describe('/healthz', () => {
  it('answers 200 without asking the database, never cached', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz' })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ status: 'ok' })
    expect(res.headers['cache-control']).toBe('no-store')
  })
})

describe('/readyz', () => {
  it('is 503 with a short reason until the idea bank is loaded, then 200', async () => {
    const before = await app.inject({ method: 'GET', url: '/readyz' })
    expect(before.statusCode).toBe(503)
    expect(before.json()).toEqual({ status: 'not ready', reason: 'practice index not loaded' })
    expect(before.headers['cache-control']).toBe('no-store')
    await practiceIndex(t.payload).ready()
    const after = await app.inject({ method: 'GET', url: '/readyz' })
    expect(after.statusCode).toBe(200)
    expect(after.json()).toEqual({ status: 'ready' })
    expect(after.headers['cache-control']).toBe('no-store')
  })

  it('reports an unreachable database', async () => {
    // A second instance on the same database whose connections are closed under it.
    const other = await startSecondPayload(t)
    await other.stop()
    const db = other.payload.db as unknown as { pool?: { end: () => Promise<void> }; client?: { close: () => void } }
    // Not awaited: ending waits for idle clients the stopped instance may still hold.
    if (db.pool) db.pool.end().catch(() => {})
    else db.client?.close()
    expect(await checkReadiness(other.payload, { timeoutMs: 500 })).toEqual({ ready: false, reason: 'database unreachable' })
  })

  it('is 503 when a migration of this dialect is not applied', async () => {
    const sql = "delete from payload_migrations where name like '%rate_limit_buckets'"
    await rawRows(t.payload, { postgres: sql, sqlite: sql }, [])
    const res = await app.inject({ method: 'GET', url: '/readyz' })
    expect(res.statusCode).toBe(503)
    expect(res.json()).toEqual({ status: 'not ready', reason: '1 migration(s) not applied' })
  })
})

describe('request log', () => {
  it('writes one JSON line per request: id, method, redacted path, route, status, time; no personal data', async () => {
    lines.length = 0
    const res = await app.inject({
      method: 'GET',
      url: '/sv/submissions/very-private-token?email=anna%40example.org',
      headers: { cookie: 'payload-token=secret-session', authorization: 'Bearer secret-bearer' },
    })
    await new Promise((resolve) => setImmediate(resolve))
    const requestLines = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'request')
    expect(requestLines).toHaveLength(1)
    const line = requestLines[0]!
    expect(line).toMatchObject({
      reqId: res.headers['x-request-id'],
      method: 'GET',
      path: '/sv/submissions/:token',
      route: '/:locale/submissions/:token',
      status: res.statusCode,
    })
    expect(typeof line.responseTimeMs).toBe('number')
    const all = lines.join('\n')
    for (const secret of ['very-private-token', 'anna', 'example.org', 'secret-session', 'secret-bearer']) expect(all).not.toContain(secret)
  })
})

describe('request log for requests handed to Next (admin, API)', () => {
  it('gives them an id and one redacted line too', async () => {
    const nextLines: string[] = []
    const withNext = await buildApp({
      payload: t.payload,
      env: t.env,
      logger: { write: (line) => nextLines.push(line) },
      // Stands in for Next's handler: answers on the raw response, as the hijacked reply does.
      next: async (_req, res) => {
        res.statusCode = 200
        res.end('admin')
      },
    })
    try {
      const res = await withNext.inject({ method: 'GET', url: '/admin/reset/very-private-token?x=anna%40example.org' })
      expect(res.body).toBe('admin')
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
      await new Promise((resolve) => setImmediate(resolve))
      const requestLines = nextLines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'request')
      expect(requestLines).toHaveLength(1)
      expect(requestLines[0]).toMatchObject({ reqId: res.headers['x-request-id'], path: '/admin/reset/:token', status: 200 })
      expect(nextLines.join('\n')).not.toContain('very-private-token')
    } finally {
      await withNext.close()
    }
  })
})

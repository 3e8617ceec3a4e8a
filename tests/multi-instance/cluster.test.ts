import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPayload } from '../../src/boot/start-payload'
import { stopPayload } from '../../src/boot/stop-payload'
import { readEnv } from '../../src/config/env'
import { queueSubmitterMail } from '../../src/jobs/queue-submitter-mail'
import { drawIllustration } from '../../src/seed/factories/create-image'
import { startS3rver, type TestS3 } from '../helpers/start-s3rver'
import { startSmtpPeer, type SmtpPeer } from '../helpers/start-smtp-peer'
import { startInstance, type Instance } from './instance'
import { startNginx, type Nginx } from './nginx'

// Two app processes on one PostgreSQL behind real nginx, with S3-compatible storage (s3rver) and a
// real SMTP peer: the production shape, run by `.ci/run` (npm run test:multi-instance).

const base = process.env.DATABASE_URL ?? ''
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const count = (body: string, label: string) => Number(new RegExp(`>${label} \\((\\d+)\\)<`).exec(body)?.[1] ?? 0)
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

let smtp: SmtpPeer
const mailsFor = (token: string) => smtp.received.filter((m) => m.includes(token)).length

let dbName = ''
let workDir = ''
let s3: TestS3
let nginx: Nginx
let a: Instance
let b: Instance
let instances: Instance[] = []
let console_: Payload
let env: Record<string, string>
let token = ''
const figures: Record<string, number> = {}
const admin = { email: 'cluster-admin@example.org', password: 'cluster-admin-password' }

async function adminApi(instance: Instance, method: string, url: string, body?: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${instance.url}${url}`, {
    method,
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await res.json()) as Record<string, unknown>
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(json)}`)
  return json
}

/** Polls each instance directly (not through nginx) until `check` holds on all; returns ms per instance. */
async function visibleOn(targets: Instance[], url: string, check: (body: string) => boolean, withinMs: number): Promise<number[]> {
  const start = performance.now()
  return Promise.all(
    targets.map(async (instance) => {
      for (;;) {
        const body = await (await fetch(`${instance.url}${url}`)).text()
        if (check(body)) return performance.now() - start
        if (performance.now() - start > withinMs) throw new Error(`${url} not updated on ${instance.name} within ${withinMs} ms`)
        await sleep(5)
      }
    }),
  )
}

async function openJobs(): Promise<number> {
  return (await console_.count({ collection: 'payload-jobs', where: { completedAt: { exists: false } }, overrideAccess: true })).totalDocs
}

beforeAll(async () => {
  if (!/^postgres(ql)?:\/\//.test(base)) throw new Error('the multi-instance test needs DATABASE_URL=postgres://…')
  dbName = `ch_cluster_${randomBytes(5).toString('hex')}`
  const c = new pg.Client({ connectionString: base })
  await c.connect()
  await c.query(`CREATE DATABASE ${dbName}`)
  await c.end()
  const url = new URL(base)
  url.pathname = `/${dbName}`
  workDir = mkdtempSync(path.join(os.tmpdir(), 'clearinghouse-cluster-'))
  s3 = await startS3rver(0)
  smtp = await startSmtpPeer()
  const [portA, portB, portLb] = [await freePort(), await freePort(), await freePort()]
  env = {
    DATABASE_URL: url.toString(),
    PAYLOAD_SECRET: randomBytes(24).toString('hex'),
    PUBLIC_URL: `http://127.0.0.1:${portLb}`,
    SEED: 'demo',
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Clearinghouse <no-reply@example.org>',
    TRUSTED_PROXIES: '127.0.0.1',
    ROLE: 'web',
    RUN_JOBS: 'true',
    JOB_LEASE_SECONDS: '5',
    JOB_POLL_MS: '100',
    LOG_REQUESTS: 'false',
    ...s3.env,
  }
  // Started together: migrations and the demo content must be applied once (start-up lock).
  ;[a, b] = await Promise.all([
    startInstance('a', portA, { ...env, DATA_DIR: path.join(workDir, 'a') }),
    startInstance('b', portB, { ...env, DATA_DIR: path.join(workDir, 'b') }),
  ])
  instances = [a, b]
  nginx = await startNginx(path.join(workDir, 'nginx'), portLb, [portA, portB])
  // A third Payload in this process, as an operator's console: fixtures and queueing, no runner.
  console_ = await startPayload(readEnv({ ...env, DATA_DIR: path.join(workDir, 'console'), SEED: 'none' }), `cluster-${dbName}`)
  const login = await fetch(`${a.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) })
  token = String(((await login.json()) as { token?: string }).token)
}, 300_000)

afterAll(async () => {
  if (Object.keys(figures).length) {
    console.log(`[cluster] figures: ${JSON.stringify(figures)}`)
    if (process.env.CLUSTER_FIGURES) writeFileSync(process.env.CLUSTER_FIGURES, JSON.stringify(figures, null, 2))
  }
  await nginx?.stop()
  for (const instance of instances) await instance.stop()
  if (console_) await stopPayload(console_)
  await smtp?.stop()
  await s3?.stop()
  if (dbName) {
    const c = new pg.Client({ connectionString: base })
    await c.connect()
    await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`)
    await c.end()
  }
  if (workDir) rmSync(workDir, { recursive: true, force: true })
}, 60_000)

describe('two instances behind nginx on one PostgreSQL', () => {
  it('applied the migrations and the demo content once although both started together', async () => {
    const pool = new pg.Client({ connectionString: env.DATABASE_URL })
    await pool.connect()
    const migrations = await pool.query('select name, count(*)::int as n from payload_migrations group by name having count(*) > 1')
    const themes = await pool.query('select count(*)::int as n from themes')
    const admins = await pool.query('select count(*)::int as n from users')
    await pool.end()
    expect(migrations.rows).toEqual([])
    expect(themes.rows[0].n).toBeGreaterThan(0)
    expect(themes.rows[0].n).toBeLessThan(20)
    expect(admins.rows[0].n).toBe(1)
  })

  it('serves an edit made through REST on one instance from both within 1 s, list and facet counts included', async () => {
    const found = await adminApi(a, 'GET', '/api/practices?where[country][equals]=SE&where[workflowStatus][equals]=published&limit=1&depth=0&locale=en')
    const practice = (found.docs as { id: number; slug: string }[])[0]
    const before = await Promise.all(instances.map(async (i) => count(await (await fetch(`${i.url}/en/practices`)).text(), 'Finland')))
    expect(before[0]).toBe(before[1])
    await adminApi(a, 'PATCH', `/api/practices/${practice.id}?locale=en`, { country: 'FI' })
    const facetMs = await visibleOn(instances, '/en/practices', (body) => count(body, 'Finland') === before[0] + 1, 1000)
    figures.facetVisibleMsOnOther = Math.round(facetMs[1])

    const news = await adminApi(a, 'GET', '/api/news?limit=1&depth=0&locale=en')
    const item = (news.docs as { id: number; slug: string }[])[0]
    await adminApi(a, 'PATCH', `/api/news/${item.id}?locale=en`, { title: 'Edited on instance a' })
    await visibleOn(instances, '/en/news', (body) => body.includes('Edited on instance a'), 1000)
    await visibleOn(instances, `/en/news/${item.slug}`, (body) => body.includes('Edited on instance a'), 1000)
  })

  it('measures commit-to-visible on the other instance over 100 edits (p50/p95)', async () => {
    const news = await adminApi(a, 'GET', '/api/news?limit=1&depth=0&locale=en')
    const item = (news.docs as { id: number; slug: string }[])[0]
    await visibleOn([b], `/en/news/${item.slug}`, () => true, 5000)
    const times: number[] = []
    for (let i = 0; i < 100; i++) {
      const title = `Edit number ${i} of one hundred`
      const editedOn = i % 2 === 0 ? a : b
      const other = editedOn === a ? b : a
      // The PATCH returns after the commit: the clock starts there.
      await adminApi(editedOn, 'PATCH', `/api/news/${item.id}?locale=en`, { title })
      const [ms] = await visibleOn([other], `/en/news/${item.slug}`, (body) => body.includes(title), 1000)
      times.push(ms)
    }
    figures.commitToVisibleP50Ms = Math.round(percentile(times, 50) * 10) / 10
    figures.commitToVisibleP95Ms = Math.round(percentile(times, 95) * 10) / 10
    expect(percentile(times, 95)).toBeLessThan(1000)
  })

  it('serves a file uploaded through one instance from the other (object storage)', async () => {
    const png = await drawIllustration(['#224466', '#ddeeff'], 'cluster')
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'cluster-dot.png')
    form.append('_payload', JSON.stringify({ alt: 'A dot uploaded on instance a' }))
    const res = await fetch(`${a.url}/api/media`, { method: 'POST', headers: { authorization: `JWT ${token}` }, body: form })
    expect(res.status, await res.clone().text()).toBe(201)
    const doc = ((await res.json()) as { doc: { filename: string } }).doc
    const fromB = await fetch(`${b.url}/media/${doc.filename}`)
    expect(fromB.status).toBe(200)
    expect(Buffer.from(await fromB.arrayBuffer()).equals(png)).toBe(true)
    expect(s3.keys()).toContain(`media/${doc.filename}`)
  })

  it('runs 1,000 queued jobs exactly once with a runner in each instance', async () => {
    const practice = await console_.create({
      collection: 'practices',
      locale: 'en',
      data: {
        title: 'Cluster mail practice',
        summary: 'For the job test.',
        slug: 'cluster-mail-practice',
        country: 'SE',
        originalLanguage: 'en',
        workflowStatus: 'submitted',
        submitter: { name: 'Cluster', email: 'cluster@example.org', locale: 'en', tokenHash: 'x'.repeat(64), tokenSealed: console_.encrypt('t'.repeat(32)) },
      } as never,
      overrideAccess: true,
      context: { seeding: true },
    })
    smtp.received.length = 0
    const started = performance.now()
    for (let i = 0; i < 1000; i++) {
      await queueSubmitterMail(console_, { collection: 'practices', id: Number(practice.id), notice: 'received', title: `mailjob${String(i).padStart(4, '0')}x` })
    }
    const queuedAt = performance.now()
    const until = Date.now() + 240_000
    while ((await openJobs()) > 0) {
      if (Date.now() > until) throw new Error('jobs not done in time')
      await sleep(200)
    }
    const done = performance.now()
    figures.jobsQueuedPerSecond = Math.round(1000 / ((queuedAt - started) / 1000))
    figures.jobsPerSecondTwoRunners = Math.round((1000 / ((done - started) / 1000)) * 10) / 10
    const counts = Array.from({ length: 1000 }, (_, i) => mailsFor(`mailjob${String(i).padStart(4, '0')}x`))
    expect(counts.filter((n) => n !== 1)).toEqual([])
  }, 300_000)

  it('loses no reader request when one instance is killed with -9 under load, except answers it was cut off in the middle of, and its jobs are taken over', async () => {
    const practice = (await console_.find({ collection: 'practices', where: { slug: { equals: 'cluster-mail-practice' } }, overrideAccess: true })).docs[0]
    smtp.received.length = 0
    for (let i = 0; i < 200; i++) {
      await queueSubmitterMail(console_, { collection: 'practices', id: Number(practice.id), notice: 'received', title: `killjob${String(i).padStart(4, '0')}x` })
    }
    const urls = ['/en/', '/en/news', '/en/practices', '/sv/practices?country=SE', '/fi/practices?q=kieli', '/da/news']
    const statuses = new Map<string, number>()
    let stop = false
    const worker = async (n: number) => {
      for (let i = n; !stop; i++) {
        let key: string
        try {
          key = String((await fetch(`${nginx.url}${urls[i % urls.length]}`)).status)
        } catch (error) {
          // The cause says whether nginx refused, reset or closed the connection.
          const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause
          key = `error: ${(error as Error).message}${cause ? ` (${cause.code ?? ''} ${cause.message ?? ''})` : ''}`
        }
        statuses.set(key, (statuses.get(key) ?? 0) + 1)
      }
    }
    const load = Array.from({ length: 8 }, (_, n) => worker(n))
    await sleep(1500)
    await a.kill9()
    instances = [b]
    await sleep(3000)
    stop = true
    await Promise.all(load)
    // A response the killed instance was in the middle of sending cannot be retried: nginx has
    // already passed its status and headers on, so it can only cut the client off. nginx logs each
    // such cut ("… while reading upstream", as opposed to "… while reading response header", which
    // it retries). Every failed request must be one of those, on the killed instance; anything
    // else (a refused, reset or 5xx request) fails the test, with nginx's log to tell why.
    const nginxErrors = readFileSync(path.join(workDir, 'nginx', 'error.log'), 'utf8').split('\n').filter((l) => l.includes('[error]'))
    const cutMidResponse = nginxErrors.filter((l) => /while reading upstream,/.test(l) && l.includes(`upstream: "${a.url}/`)).length
    const failed = [...statuses].filter(([key]) => key !== '200')
    const failedCount = failed.reduce((n, [, count]) => n + count, 0)
    const onlyCuts = failed.every(([key]) => key.startsWith('error:')) && failedCount <= cutMidResponse
    expect(onlyCuts ? [] : { statuses: Object.fromEntries(statuses), cutMidResponse, nginxErrors: nginxErrors.slice(0, 40) }).toEqual([])
    figures.killedMidResponse = failedCount
    expect(statuses.get('200')).toBeGreaterThan(50)
    expect((await fetch(`${b.url}/readyz`)).status).toBe(200)

    // Jobs a had claimed when it died run again on b once the lease (5 s) runs out: none is lost.
    const until = Date.now() + 120_000
    while ((await openJobs()) > 0) {
      if (Date.now() > until) throw new Error('jobs not done in time')
      await sleep(200)
    }
    const counts = Array.from({ length: 200 }, (_, i) => mailsFor(`killjob${String(i).padStart(4, '0')}x`))
    expect(counts.filter((n) => n === 0)).toEqual([])
    // At least once: a job cut off mid-send can be sent again (at most the jobs a was running).
    expect(counts.filter((n) => n > 1).length).toBeLessThanOrEqual(4)
  }, 180_000)

  it('stops on SIGTERM within 10 s with exit code 0, answering the request in flight', async () => {
    // An uncached page (a search) in flight when the signal arrives.
    const inFlight = fetch(`${b.url}/en/practices?q=shutdown-${Date.now()}`)
    await sleep(20)
    const stopped = b.stop()
    expect((await inFlight).status).toBe(200)
    const { code, ms } = await stopped
    instances = []
    expect(code).toBe(0)
    expect(ms).toBeLessThan(10_000)
  })
})

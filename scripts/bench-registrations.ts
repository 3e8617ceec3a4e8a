// Registrations per second and latency with 100 concurrent clients, through the public form (CSRF
// pair, fill-time stamp, rate limits, the seat lock): 1,000 posts for an event with 100 places in
// the room, on a fresh database. Usage: tsx scripts/bench-registrations.ts sqlite|postgres [posts]
// (postgres needs DATABASE_URL=postgres://…; a new database is made next to it and dropped).
// Run by scripts/bench.mjs; prints one JSON line with the figures.
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import pg from 'pg'
import { startPayload } from '../src/boot/start-payload'
import { readEnv } from '../src/config/env'
import { buildApp } from '../src/web/app'
import { issueCsrfToken } from '../src/web/csrf'
import { issueFillStamp } from '../src/web/forms/fill-stamp'

const dialect = process.argv[2] === 'postgres' ? 'postgres' : 'sqlite'
const posts = Number(process.argv[3] ?? 1000)
const clients = 100
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-registrations-'))
let databaseUrl = `file:${path.join(dataDir, 'bench.db')}`
let drop = async () => {}
if (dialect === 'postgres') {
  const base = process.env.DATABASE_URL ?? ''
  if (!/^postgres(ql)?:\/\//.test(base)) throw new Error('bench-registrations postgres needs DATABASE_URL=postgres://…')
  const name = `bench_reg_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: base })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(base)
  url.pathname = `/${name}`
  databaseUrl = url.toString()
  drop = async () => {
    const c = new pg.Client({ connectionString: base })
    await c.connect()
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await c.end()
  }
}
const secret = 'bench-secret-0123456789'
const env = readEnv({ DATABASE_URL: databaseUrl, DATA_DIR: dataDir, PAYLOAD_SECRET: secret, SEED: 'none', PUBLIC_URL: 'http://localhost:3000' })
const payload = await startPayload(env)
try {
  const start = Date.now() + 7 * 86_400_000
  await payload.create({
    collection: 'events',
    locale: 'en',
    data: {
      title: 'Bench conference',
      slug: 'bench-conference',
      kind: 'own',
      format: 'hybrid',
      eventStatus: 'scheduled',
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 3 * 3_600_000).toISOString(),
      timeZone: 'Europe/Stockholm',
      registration: { capacityInPerson: 100, capacityOnline: 0 },
      _status: 'published',
    },
    overrideAccess: true,
    context: { seeding: true },
  })
  const app = await buildApp({ payload, env })
  const times: number[] = []
  const statuses: Record<string, number> = {}
  let next = 0
  const client = async (c: number) => {
    for (let i = next++; i < posts; i = next++) {
      const token = issueCsrfToken(secret, Date.now() - 10_000)
      const body = new URLSearchParams([
        ['_csrf', token],
        ['_started', issueFillStamp(secret, Date.now() - 10_000)],
        ['name', `Bench participant ${i}`],
        ['email', `bench${i}@example.org`],
        ['country', 'SE'],
        ['sector', 'municipality'],
        ['mode', 'inPerson'],
        ['website', ''],
      ])
      const t0 = performance.now()
      const res = await app.inject({
        method: 'POST',
        url: '/en/events/bench-conference/register',
        // Each client its own address, as 100 people would be (the per-address limit is 20 per 10 min).
        remoteAddress: `10.20.${c}.${i % 250}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `csrf=${token}` },
        payload: body.toString(),
      })
      times.push(performance.now() - t0)
      statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1
    }
  }
  const began = performance.now()
  await Promise.all(Array.from({ length: clients }, (_, c) => client(c)))
  const seconds = (performance.now() - began) / 1000
  const confirmed = (await payload.count({ collection: 'registrations', where: { status: { equals: 'confirmed' } }, overrideAccess: true })).totalDocs
  const waitlisted = (await payload.count({ collection: 'registrations', where: { status: { equals: 'waitlisted' } }, overrideAccess: true })).totalDocs
  times.sort((a, b) => a - b)
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]
  console.log(JSON.stringify({ dialect, posts, clients, seconds, perSecond: posts / seconds, p50Ms: q(0.5), p95Ms: q(0.95), statuses, confirmed, waitlisted }))
  await app.close()
} finally {
  // Connections Payload leaves behind end when the database is dropped under them: expected.
  ;(payload.db as { pool?: { on: (event: 'error', fn: () => void) => void } }).pool?.on('error', () => {})
  await payload.destroy()
  await drop()
  rmSync(dataDir, { recursive: true, force: true })
}
process.exit(0)

// Calendar page latency over N events (default 2,000) on a fresh SQLite database: the upcoming list
// with changing filters (none, a month, a country, a theme, a format), each request rendered (no page
// cache hit). Run by scripts/bench.mjs; prints one JSON line. Usage: tsx scripts/bench-events.ts [N]
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { startPayload } from '../src/boot/start-payload'
import { pageCacheOf } from '../src/cache/page-cache'
import { readEnv } from '../src/config/env'
import { eventFormats, eventTimeZones } from '../src/features/events/vocabulary'
import { countryCodes, themeKeys } from '../src/seed/data/types'
import { themes } from '../src/seed/data/themes'
import { createTheme } from '../src/seed/factories/create-theme'
import { buildApp } from '../src/web/app'

const count = Number(process.argv[2] ?? 2_000)
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]
const day = 86_400_000

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-events-'))
const env = readEnv({ DATABASE_URL: `file:${path.join(dataDir, 'bench.db')}`, DATA_DIR: dataDir, PAYLOAD_SECRET: 'bench-secret-0123456789', SEED: 'none' })
const payload = await startPayload(env)
try {
  const themeIds: number[] = []
  for (const t of themes) themeIds.push(await createTheme(payload, t))
  const now = Date.now()
  const started = performance.now()
  // A year back and a year ahead, so about half are upcoming; one language each, as editors write them.
  for (let i = 0; i < count; i++) {
    const startsAt = new Date(now + ((i * 7919) % 730 - 365) * day + (i % 10) * 3_600_000)
    const format = pick(eventFormats, i)
    const own = i % 5 === 0
    await payload.create({
      collection: 'events',
      locale: pick(['sv', 'nb', 'da', 'fi', 'is', 'en'] as const, i),
      data: {
        title: `Event ${i}: seminar on ${pick(themeKeys, i)}`,
        summary: `A ${format} event number ${i} for municipalities and organisations.`,
        slug: `bench-event-${i}`,
        kind: own ? 'own' : 'external',
        eventStatus: 'scheduled',
        format,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(),
        timeZone: pick(eventTimeZones, i),
        externalUrl: own ? undefined : `https://organiser.example/${i}`,
        venue: format === 'online' ? undefined : { name: `Hall ${i % 40}`, city: `City ${i % 60}`, country: pick(countryCodes, i) },
        registration: own ? { capacityInPerson: format === 'online' ? undefined : 100, capacityOnline: format === 'inPerson' ? undefined : 300 } : undefined,
        themes: [pick(themeIds, i), pick(themeIds, i + 2)],
        countries: [pick(countryCodes, i)],
        _status: 'published',
      },
      draft: false,
      overrideAccess: true,
      context: { seeding: true },
    })
  }
  const insertS = (performance.now() - started) / 1000
  const app = await buildApp({ payload, env })
  const month = (offset: number) => {
    const d = new Date(now + offset * 30 * day)
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`
  }
  const queries = (i: number) => [
    '',
    `?month=${month(i % 12)}`,
    `?country=${pick(countryCodes, i)}`,
    `?theme=${pick(themeKeys, i)}`,
    `?format=${pick(eventFormats, i)}&country=${pick(countryCodes, i + 3)}`,
    `?page=${1 + (i % 5)}`,
  ]
  const times: number[] = []
  const total = 300
  for (let i = 0; i < total; i++) {
    const url = `/${pick(['en', 'sv', 'fi'] as const, i)}/events${pick(queries(i), i)}`
    pageCacheOf(payload).clear() // every request renders: the query runs, the page is built
    const t0 = performance.now()
    const res = await app.inject({ method: 'GET', url })
    const ms = performance.now() - t0
    if (res.statusCode !== 200) throw new Error(`${url} answered ${res.statusCode}`)
    if (i >= 20) times.push(ms) // the first requests warm up the JIT
  }
  times.sort((a, b) => a - b)
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]
  console.log(JSON.stringify({ events: count, insertSeconds: insertS, requests: times.length, p50Ms: q(0.5), p95Ms: q(0.95), maxMs: times.at(-1) }))
  await app.close()
} finally {
  await payload.destroy()
  rmSync(dataDir, { recursive: true, force: true })
}
process.exit(0)

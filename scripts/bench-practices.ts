// Idea bank list latency over N practices (default 10,000) on a fresh SQLite database:
// two facets + a free-text filter, each request a different combination, so no page cache hit.
// Run by scripts/bench.mjs; prints one JSON line with the figures. Usage: tsx scripts/bench-practices.ts [N]
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { startPayload } from '../src/boot/start-payload'
import { pageCacheOf } from '../src/cache/page-cache'
import { readEnv } from '../src/config/env'
import { practiceIndex } from '../src/features/practices/search/practice-index'
import { qualityCriteria, targetGroups } from '../src/features/practices/vocabulary'
import { countryCodes, themeKeys } from '../src/seed/data/types'
import { themes } from '../src/seed/data/themes'
import { createTheme } from '../src/seed/factories/create-theme'
import { buildApp } from '../src/web/app'

const count = Number(process.argv[2] ?? 10_000)
const words = ['language', 'jobs', 'mentoring', 'housing', 'school', 'health', 'women', 'youth', 'digital', 'sports', 'guidance', 'family']
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-practices-'))
const env = readEnv({ DATABASE_URL: `file:${path.join(dataDir, 'bench.db')}`, DATA_DIR: dataDir, PAYLOAD_SECRET: 'bench-secret-0123456789', SEED: 'none' })
const payload = await startPayload(env)
try {
  const themeIds: number[] = []
  for (const t of themes) themeIds.push(await createTheme(payload, t))
  // Inserted through the Local API (as editors would), one language each, in one transaction-free loop.
  const started = performance.now()
  for (let i = 0; i < count; i++) {
    const w1 = pick(words, i)
    const w2 = pick(words, i * 7 + 3)
    await payload.create({
      collection: 'practices',
      locale: pick(['sv', 'nb', 'da', 'fi', 'is', 'en'] as const, i),
      data: {
        title: `Practice ${i}: ${w1} and ${w2}`,
        summary: `A ${w1} programme for ${pick(targetGroups, i)} with ${w2} support.`,
        slug: `bench-practice-${i}`,
        country: pick(countryCodes, i),
        municipality: `Municipality ${i % 150}`,
        themes: [pick(themeIds, i), pick(themeIds, i + 2)],
        targetGroups: [pick(targetGroups, i), pick(targetGroups, i + 4)],
        evidenceLevel: pick(['emerging', 'promising', 'documented', 'proven'] as const, i),
        actorType: pick(['municipality', 'ngo', 'region', 'state-authority'] as const, i),
        runState: pick(['ongoing', 'regular-service', 'ended'] as const, i),
        startDate: `20${10 + (i % 15)}-0${1 + (i % 9)}-15`,
        // Published practices meet the publishing guardrails: a criterion and a municipality.
        criteriaMet: [pick(qualityCriteria, i)],
        workflowStatus: 'published',
      },
      overrideAccess: true,
      context: { seeding: true },
    })
  }
  const insertS = (performance.now() - started) / 1000
  const loadStart = performance.now()
  await practiceIndex(payload).current()
  const indexLoadMs = performance.now() - loadStart
  const app = await buildApp({ payload, env })
  const times: number[] = []
  const total = 300
  for (let i = 0; i < total; i++) {
    const url = `/en/practices?country=${pick(countryCodes, i)}&theme=${pick(themeKeys, i)}&q=${pick(words, i * 5)}`
    pageCacheOf(payload).clear() // every request renders: facets counted, page built
    const t0 = performance.now()
    const res = await app.inject({ method: 'GET', url })
    const ms = performance.now() - t0
    if (res.statusCode !== 200) throw new Error(`${url} answered ${res.statusCode}`)
    if (i >= 20) times.push(ms) // the first requests warm up the JIT and the sort orders
  }
  times.sort((a, b) => a - b)
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]
  console.log(
    JSON.stringify({ practices: count, insertSeconds: insertS, indexLoadMs, requests: times.length, p50Ms: q(0.5), p95Ms: q(0.95), maxMs: times.at(-1) }),
  )
  await app.close()
} finally {
  await payload.destroy()
  rmSync(dataDir, { recursive: true, force: true })
}
process.exit(0)

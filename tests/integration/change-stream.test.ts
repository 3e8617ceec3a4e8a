import type { FastifyInstance } from 'fastify'
import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPractice } from '../../src/seed/factories/create-practice'
import { buildApp } from '../../src/web/app'
import { createNews, createThemes, newsSeed, practiceSeed } from '../helpers/fixtures'
import { startSecondPayload, startTestPayload, type TestPayload } from '../helpers/test-payload'

const onPostgres = Boolean(process.env.DATABASE_URL?.startsWith('postgres'))
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const count = (body: string, label: string) => new RegExp(`>${label} \\((\\d+)\\)<`).exec(body)?.[1]

/** Polls until every app serves a page for which `check` holds; returns how long that took. */
async function visibleOnAll(apps: FastifyInstance[], url: string, check: (body: string) => boolean, withinMs: number): Promise<number> {
  const start = Date.now()
  for (;;) {
    const bodies = await Promise.all(apps.map(async (app) => (await app.inject({ method: 'GET', url })).body))
    if (bodies.every(check)) return Date.now() - start
    if (Date.now() - start > withinMs) throw new Error(`${url} not updated on every instance within ${withinMs} ms`)
    await sleep(20)
  }
}

async function newsIdBySlug(payload: Payload, slug: string): Promise<number> {
  const found = await payload.find({ collection: 'news', where: { slug: { equals: slug } }, limit: 1, overrideAccess: true })
  return found.docs[0].id
}

let t: TestPayload
let second: Awaited<ReturnType<typeof startSecondPayload>> | undefined
let apps: FastifyInstance[] = []

beforeAll(async () => {
  t = await startTestPayload()
  const refs = await createThemes(t.payload)
  await createNews(t.payload, newsSeed({ slug: 'held-open' }), refs)
  apps = [await buildApp({ payload: t.payload, env: t.env })]
  // Two instances on one database is the PostgreSQL production shape. The embedded SQLite database
  // is one process; its stream is in-process, so it is tested with the one instance it serves.
  if (onPostgres) {
    second = await startSecondPayload(t)
    apps.push(await buildApp({ payload: second.payload, env: t.env }))
  }
})

afterAll(async () => {
  for (const app of apps) await app.close()
  await second?.stop()
  await t?.cleanup()
})

describe('the content-change stream', () => {
  it.skipIf(!onPostgres)('keeps pages rendered inside the commit window out of the cache, so every instance shows the commit (PostgreSQL)', async () => {
    const id = await newsIdBySlug(t.payload, 'held-open')
    for (const app of apps) {
      expect((await app.inject({ method: 'GET', url: '/en/news' })).body).not.toContain('Held open headline')
    }
    const req = (await createLocalReq({}, t.payload)) as PayloadRequest
    req.transactionID = (await t.payload.db.beginTransaction()) ?? undefined
    // The hooks run (and the change is published) inside the still-open transaction.
    await t.payload.update({ collection: 'news', id, locale: 'en', data: { title: 'Held open headline' }, req, overrideAccess: true })
    // Readers keep hitting the list and the article on both instances while the edit is uncommitted;
    // they see (and may cache) the old row.
    for (let i = 0; i < 5; i++) {
      for (const app of apps) {
        for (const url of ['/en/news', '/en/news/held-open']) {
          expect((await app.inject({ method: 'GET', url })).body).not.toContain('Held open headline')
        }
      }
    }
    await t.payload.db.commitTransaction(req.transactionID!)
    for (const url of ['/en/news', '/en/news/held-open']) {
      await visibleOnAll(apps, url, (body) => body.includes('Held open headline'), 1000)
    }
  })

  it.skipIf(!onPostgres)('drops the change of a rolled-back edit: no instance shows it (PostgreSQL)', async () => {
    const id = await newsIdBySlug(t.payload, 'held-open')
    const req = (await createLocalReq({}, t.payload)) as PayloadRequest
    req.transactionID = (await t.payload.db.beginTransaction()) ?? undefined
    await t.payload.update({ collection: 'news', id, locale: 'en', data: { title: 'Never committed' }, req, overrideAccess: true })
    await t.payload.db.rollbackTransaction(req.transactionID!)
    await sleep(300)
    for (const app of apps) expect((await app.inject({ method: 'GET', url: '/en/news/held-open' })).body).not.toContain('Never committed')
  })

  it('updates list pages and facet counts on every instance after a practice is published', async () => {
    const themes = await t.payload.find({ collection: 'themes', limit: 10, overrideAccess: true })
    const refs = { themes: new Map(themes.docs.map((d) => [String(d.slug), d.id])), organisations: new Map<string, number>() }
    await createPractice(t.payload, practiceSeed({ slug: 'first-in-finland', country: 'FI', themes: ['housing'] }), refs)
    await visibleOnAll(apps, '/en/practices', (body) => count(body, 'Finland') === '1', 1000)
    await createPractice(t.payload, practiceSeed({ slug: 'second-in-finland', country: 'FI', themes: ['housing'] }), refs)
    const ms = await visibleOnAll(apps, '/en/practices', (body) => count(body, 'Finland') === '2' && body.includes('second-in-finland'), 1000)
    expect(ms).toBeLessThanOrEqual(1000)
    const doc = await t.payload.find({ collection: 'practices', where: { slug: { equals: 'second-in-finland' } }, overrideAccess: true })
    await t.payload.delete({ collection: 'practices', id: doc.docs[0].id, overrideAccess: true })
    await visibleOnAll(apps, '/en/practices', (body) => count(body, 'Finland') === '1' && !body.includes('second-in-finland'), 1000)
  })

  it('re-renders every page on every instance when the site settings (a global) change', async () => {
    await visibleOnAll(apps, '/en/', (body) => body.includes('info@example.org'), 1000)
    await t.payload.updateGlobal({ slug: 'site-settings', data: { contactEmail: 'stream@example.org' }, overrideAccess: true })
    await visibleOnAll(apps, '/en/', (body) => body.includes('stream@example.org'), 1000)
    await visibleOnAll(apps, '/en/news', (body) => body.includes('stream@example.org'), 1000)
  })
})

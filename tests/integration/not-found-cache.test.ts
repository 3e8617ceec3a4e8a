import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pageCacheOf } from '../../src/cache/page-cache'
import { buildApp } from '../../src/web/app'
import { errorPageCacheKey } from '../../src/web/error-pages'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

let t: TestPayload
let app: FastifyInstance

beforeAll(async () => {
  t = await startTestPayload()
  app = await buildApp({ payload: t.payload, env: t.env })
})

afterAll(async () => {
  await app?.close()
  await t?.cleanup()
})

const get = (url: string) => app.inject({ method: 'GET', url })

/** Writes the contact email straight to the database: no hooks, so no change reaches the page cache. */
const writeBehindTheCache = (contactEmail: string) => t.payload.db.updateGlobal({ slug: 'site-settings', data: { contactEmail } })

describe('404 pages for unknown URLs', () => {
  it('renders the localized 404 once per language and serves it from the page cache for any other unknown URL', async () => {
    await t.payload.updateGlobal({ slug: 'site-settings', data: { contactEmail: 'before@example.org' } })
    const first = await get('/sv/no-such-page')
    expect(first.statusCode).toBe(404)
    expect(first.body).toContain('<html lang="sv">')
    expect(first.body).toContain('before@example.org')

    // A second, different unknown URL still shows the old email: nothing was read from the database again.
    await writeBehindTheCache('behind@example.org')
    const second = await get('/sv/another-unknown-page')
    expect(second.statusCode).toBe(404)
    expect(second.headers['cache-control']).toBe('no-store')
    expect(second.body).toContain('before@example.org')
    expect(second.body).not.toContain('behind@example.org')
    expect(pageCacheOf(t.payload).get(errorPageCacheKey('notFound', 'sv'))?.body.toString()).toBe(second.body)
    // Each language has its own page; the settings it shows are read once per content change too.
    const finnish = await get('/fi/no-such-page')
    expect(finnish.statusCode).toBe(404)
    expect(finnish.body).toContain('<html lang="fi">')
    expect(finnish.body).toContain('before@example.org')

    // A change made through Payload reaches the cache: the next 404 is rendered afresh.
    await t.payload.updateGlobal({ slug: 'site-settings', data: { contactEmail: 'after@example.org' } })
    await expect.poll(async () => (await get('/sv/no-such-page')).body).toContain('after@example.org')
    expect((await get('/sv/no-such-page')).statusCode).toBe(404)
  })

  it('serves a page published after its slug was asked for and found unknown', async () => {
    expect((await get('/en/late-page')).statusCode).toBe(404)
    await t.payload.create({ collection: 'pages', locale: 'en', data: { slug: 'late-page', title: 'Published late', _status: 'published' } })
    await expect.poll(async () => (await get('/en/late-page')).statusCode).toBe(200)
    expect((await get('/en/late-page')).body).toContain('Published late')
    // Drafts stay unknown to anonymous readers.
    await t.payload.create({ collection: 'pages', locale: 'en', data: { slug: 'draft-page', title: 'Not yet', _status: 'draft' }, draft: true })
    expect((await get('/en/draft-page')).statusCode).toBe(404)
  })
})

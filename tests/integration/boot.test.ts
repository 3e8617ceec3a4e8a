import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureFirstAdmin } from '../../src/boot/ensure-first-admin'
import { seedIfEmpty } from '../../src/seed/seed-if-empty'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

let t: TestPayload

beforeAll(async () => {
  t = await startTestPayload({ ADMIN_EMAIL: 'first@example.org', ADMIN_PASSWORD: 'first-admin-password' })
})

afterAll(async () => {
  await t?.cleanup()
})

describe('first start', () => {
  it('creates the first admin once from ADMIN_EMAIL and ADMIN_PASSWORD', async () => {
    expect(await ensureFirstAdmin(t.payload, t.env)).toBe('created')
    expect(await ensureFirstAdmin(t.payload, t.env)).toBe('exists')
    const login = await t.payload.login({ collection: 'users', data: { email: 'first@example.org', password: 'first-admin-password' } })
    expect(login.user?.roles).toEqual(['admin'])
  })

  it('loads the demo content into an empty database, and only then', async () => {
    const messages: string[] = []
    expect(await seedIfEmpty(t.payload, (m) => messages.push(m))).toBe(true)
    expect(messages.at(-1)).toMatch(/news items/)
    const news = await t.payload.find({ collection: 'news', locale: 'all', limit: 0, pagination: false, overrideAccess: false, user: null })
    expect(news.totalDocs).toBeGreaterThanOrEqual(30)
    const has = (field: unknown, l: string) => typeof (field as Record<string, unknown>)[l] === 'string'
    expect(news.docs.filter((d) => !has(d.title, 'sv')).length).toBeGreaterThan(0)
    expect(news.docs.filter((d) => !has(d.title, 'en')).length).toBeGreaterThan(0)
    expect((await t.payload.count({ collection: 'themes' })).totalDocs).toBe(5)
    expect((await t.payload.count({ collection: 'pages' })).totalDocs).toBe(3)
    const settings = await t.payload.findGlobal({ slug: 'site-settings', depth: 0 })
    expect(settings.currentTheme).toBeTruthy()
    // The idea bank: published practices readers see, proposals in every workflow state, replications.
    const published = await t.payload.count({ collection: 'practices', overrideAccess: false, user: null })
    expect(published.totalDocs).toBeGreaterThanOrEqual(40)
    expect((await t.payload.count({ collection: 'organisations' })).totalDocs).toBe(30)
    for (const state of ['submitted', 'in-review', 'changes-requested', 'declined'] as const) {
      const n = await t.payload.count({ collection: 'practices', where: { workflowStatus: { equals: state } } })
      expect(n.totalDocs, state).toBeGreaterThanOrEqual(1)
    }
    expect((await t.payload.count({ collection: 'replications', overrideAccess: false, user: null })).totalDocs).toBeGreaterThanOrEqual(10)
    expect(await seedIfEmpty(t.payload, () => {})).toBe(false)
    expect((await t.payload.count({ collection: 'themes' })).totalDocs).toBe(5)
  })
})

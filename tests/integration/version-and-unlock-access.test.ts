import type { FastifyInstance } from 'fastify'
import type { PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../src/web/app'
import { createNews, createThemes, newsSeed } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

// Issue 7, findings 1 and 2: versions (drafts, pending edits) are for editors only, and only an
// admin may lift an account's login limits (issue 7, finding 3: they replaced Payload's lockout).
let t: TestPayload
let app: FastifyInstance
const password = 'a-long-password'
const sameSite = { 'sec-fetch-site': 'same-origin' }
const forbidden = 'You are not allowed to perform this action.'

beforeAll(async () => {
  t = await startTestPayload({ ROLE: 'web' })
  const refs = await createThemes(t.payload)
  await createNews(t.payload, newsSeed({ slug: 'secret-draft-news' }), refs, false)
  await t.payload.create({
    collection: 'pages',
    data: { title: 'Secret draft page', slug: 'secret-draft-page', _status: 'draft' },
    draft: true,
    locale: 'en',
    overrideAccess: true,
  })
  for (const role of ['admin', 'editor', 'moderator', 'expert'] as const) {
    await t.payload.create({ collection: 'users', data: { email: `${role}@example.org`, password, roles: [role] }, overrideAccess: true })
  }
  app = await buildApp({ payload: t.payload, env: t.env })
})

afterAll(async () => {
  await app?.close()
  await t?.cleanup()
})

async function login(role: string, pass = password): Promise<{ status: number; cookie?: string }> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/users/login',
    headers: { 'content-type': 'application/json' },
    payload: { email: `${role}@example.org`, password: pass },
  })
  const cookie = [res.headers['set-cookie']].flat().find((c) => c?.startsWith('payload-token='))
  return { status: res.statusCode, cookie: cookie?.split(';')[0] }
}

async function sessionOf(role: string): Promise<Record<string, string>> {
  const { status, cookie } = await login(role)
  expect(status).toBe(200)
  return { cookie: cookie!, ...sameSite }
}

describe('versions (drafts and pending edits) are readable by editors only', () => {
  const rest = [
    ['/api/news/versions?limit=100', 'secret-draft-news'],
    ['/api/pages/versions?limit=100', 'secret-draft-page'],
  ] as const
  const graphql = [
    ['versionsNewsItems', 'secret-draft-news'],
    ['versionsPages', 'secret-draft-page'],
  ] as const

  it.each(['moderator', 'expert'])('REST refuses %s with 403 Forbidden and no documents', async (role) => {
    const headers = await sessionOf(role)
    for (const [url, slug] of rest) {
      const res = await app.inject({ method: 'GET', url, headers })
      expect(res.statusCode, url).toBe(403)
      expect(res.body).toContain(forbidden)
      expect(res.body).not.toContain(slug)
    }
  })

  it.each(['moderator', 'expert'])('GraphQL refuses %s with Forbidden and no documents', async (role) => {
    const headers = await sessionOf(role)
    for (const [query, slug] of graphql) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/graphql',
        headers: { ...headers, 'content-type': 'application/json' },
        payload: { query: `{ ${query}(limit: 100) { docs { id version { slug } } } }` },
      })
      const body = res.json() as { data?: Record<string, unknown>; errors?: { message: string }[] }
      expect(body.errors?.[0]?.message, query).toBe(forbidden)
      expect(body.data?.[query] ?? null).toBeNull()
      expect(res.body).not.toContain(slug)
    }
  })

  it('lets an editor read them over REST and GraphQL', async () => {
    const headers = await sessionOf('editor')
    for (const [url, slug] of rest) {
      const res = await app.inject({ method: 'GET', url, headers })
      expect(res.statusCode, url).toBe(200)
      expect(res.body).toContain(slug)
    }
    for (const [query, slug] of graphql) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/graphql',
        headers: { ...headers, 'content-type': 'application/json' },
        payload: { query: `{ ${query}(limit: 100) { docs { id version { slug } } } }` },
      })
      expect(res.json()).not.toHaveProperty('errors')
      expect(res.body).toContain(slug)
    }
  })

  it('holds for every versioned collection and global in the config, so a new one cannot forget it', () => {
    const collections = t.payload.config.collections.filter((c) => c.versions)
    expect(collections.map((c) => c.slug)).toEqual(expect.arrayContaining(['news', 'pages']))
    const globals = t.payload.config.globals.filter((g) => g.versions)
    for (const c of [...collections, ...globals]) {
      const rule = c.access.readVersions as (args: { req: PayloadRequest }) => unknown
      const as = (roles: string[]) => rule({ req: { user: { id: 1, roles } } as unknown as PayloadRequest })
      expect(as(['moderator']), c.slug).toBe(false)
      expect(as(['expert']), c.slug).toBe(false)
      expect(as(['editor']), c.slug).toBe(true)
    }
  })
})

describe('unlocking an account is for admins only', () => {
  // Ten logins from this address to the admin's account fill its bucket (login-limits/auth-limits.ts).
  async function lockAdmin(): Promise<void> {
    for (let i = 0; i < 10; i++) await login('admin', 'wrong-password')
    expect((await login('admin')).status).toBe(429)
  }

  async function unlock(headers: Record<string, string>) {
    return app.inject({
      method: 'POST',
      url: '/api/users/unlock',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: { email: 'admin@example.org' },
    })
  }

  it("refuses a moderator's unlock of the admin with 403, and the lock stays", async () => {
    const moderator = await sessionOf('moderator')
    await lockAdmin()
    const res = await unlock(moderator)
    expect(res.statusCode).toBe(403)
    expect(res.body).toContain(forbidden)
    expect((await login('admin')).status).toBe(429)
  })

  it("lets an admin's unlock through, which empties the account's login limits", async () => {
    const other = 'second-admin'
    await t.payload.create({ collection: 'users', data: { email: `${other}@example.org`, password, roles: ['admin'] }, overrideAccess: true })
    const admin = await sessionOf(other)
    const res = await unlock(admin)
    expect(res.statusCode).toBe(200)
    expect((await login('admin')).status).toBe(200)
  })
})

import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../src/web/app'
import { createNews, createThemes, newsSeed } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

// Issue 7, finding 9: document locks are for staff who may edit the document, in their own name.
let t: TestPayload
let app: FastifyInstance
let newsId: number
const ids: Record<string, number | string> = {}
const password = 'a-long-password'
const forbidden = 'You are not allowed to perform this action.'

beforeAll(async () => {
  t = await startTestPayload({ ROLE: 'web' })
  newsId = await createNews(t.payload, newsSeed({ slug: 'locked-news' }), await createThemes(t.payload))
  for (const role of ['admin', 'editor', 'moderator', 'expert'] as const) {
    const user = await t.payload.create({ collection: 'users', data: { email: `${role}@example.org`, password, roles: [role] }, overrideAccess: true })
    ids[role] = user.id
  }
  app = await buildApp({ payload: t.payload, env: t.env })
})

afterAll(async () => {
  await app?.close()
  await t?.cleanup()
})

async function sessionOf(role: string): Promise<Record<string, string>> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/users/login',
    headers: { 'content-type': 'application/json' },
    payload: { email: `${role}@example.org`, password },
  })
  expect(res.statusCode).toBe(200)
  const cookie = [res.headers['set-cookie']].flat().find((c) => c?.startsWith('payload-token='))!
  return { cookie: cookie.split(';')[0], 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' }
}

function lockBody(holder: string) {
  return { document: { relationTo: 'news', value: newsId }, user: { relationTo: 'users', value: ids[holder] } }
}

async function lockAs(role: string, holder = role) {
  return app.inject({ method: 'POST', url: '/api/payload-locked-documents', headers: await sessionOf(role), payload: lockBody(holder) })
}

describe('document locks', () => {
  it('lets an editor lock a news item they can edit, in their own name', async () => {
    const res = await lockAs('editor')
    expect(res.statusCode, res.body).toBe(201)
    const listed = await app.inject({ method: 'GET', url: '/api/payload-locked-documents', headers: await sessionOf('editor') })
    expect(listed.statusCode).toBe(200)
    expect(listed.json().totalDocs).toBe(1)
  })

  it.each(['moderator', 'expert'])('shows %s no lock of others and refuses creating and deleting them with 403 Forbidden', async (role) => {
    const headers = await sessionOf(role)
    const listed = await app.inject({ method: 'GET', url: '/api/payload-locked-documents', headers })
    expect(listed.statusCode).toBe(200)
    expect(listed.json().totalDocs).toBe(0)

    const created = await lockAs(role)
    expect(created.statusCode).toBe(403)
    expect(created.body).toContain(forbidden)

    const lock = await t.payload.find({ collection: 'payload-locked-documents', overrideAccess: true })
    const deleted = await app.inject({ method: 'DELETE', url: `/api/payload-locked-documents/${lock.docs[0]!.id}`, headers })
    expect(deleted.statusCode).toBe(403)
    expect(deleted.body).toContain(forbidden)
    expect((await t.payload.count({ collection: 'payload-locked-documents', overrideAccess: true })).totalDocs).toBe(1)
  })

  it('shows a moderator no lock of others over GraphQL', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/graphql',
      headers: await sessionOf('moderator'),
      payload: { query: '{ PayloadLockedDocuments { docs { id } } }' },
    })
    expect(res.json().data.PayloadLockedDocuments.docs).toEqual([])
  })

  it('lets a moderator lock only their own account (the admin account page reads that lock)', async () => {
    const headers = await sessionOf('moderator')
    const own = { document: { relationTo: 'users', value: ids.moderator }, user: { relationTo: 'users', value: ids.moderator } }
    const created = await app.inject({ method: 'POST', url: '/api/payload-locked-documents', headers, payload: own })
    expect(created.statusCode, created.body).toBe(201)
    const listed = await app.inject({ method: 'GET', url: '/api/payload-locked-documents', headers })
    expect(listed.json().docs.map((d: { id: unknown }) => d.id)).toEqual([created.json().doc.id])
    const other = { document: { relationTo: 'users', value: ids.expert }, user: { relationTo: 'users', value: ids.moderator } }
    const refused = await app.inject({ method: 'POST', url: '/api/payload-locked-documents', headers, payload: other })
    expect(refused.statusCode).toBe(403)
    const deleted = await app.inject({ method: 'DELETE', url: `/api/payload-locked-documents/${created.json().doc.id}`, headers })
    expect(deleted.statusCode).toBe(200)
  })

  it.each(['admin', 'editor'])('refuses %s a lock in another user\'s name, on create and on update', async (role) => {
    const other = role === 'admin' ? 'editor' : 'admin'
    const created = await lockAs(role, other)
    expect(created.statusCode).toBe(403)
    expect(created.body).toContain(forbidden)

    const lock = await t.payload.find({ collection: 'payload-locked-documents', overrideAccess: true })
    const moved = await app.inject({
      method: 'PATCH',
      url: `/api/payload-locked-documents/${lock.docs[0]!.id}`,
      headers: await sessionOf(role),
      payload: { user: { relationTo: 'users', value: ids.moderator } },
    })
    expect(moved.statusCode).toBe(403)
    const after = await t.payload.findByID({ collection: 'payload-locked-documents', id: lock.docs[0]!.id, depth: 0, overrideAccess: true })
    expect(String((after.user as { value: unknown }).value)).toBe(String(ids.editor))
  })

  it('refuses an editor a lock on a document they may not edit (another user\'s account)', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/payload-locked-documents',
      headers: await sessionOf('editor'),
      payload: { document: { relationTo: 'users', value: ids.admin }, user: { relationTo: 'users', value: ids.editor } },
    })
    expect(res.statusCode).toBe(403)
  })
})

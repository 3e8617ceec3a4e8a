import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../src/web/app'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

// Issue 7, finding 12: bidi overrides (U+202E …) and C1 controls were stored in names and titles,
// so a name could display as another in the admin.
let t: TestPayload
let app: FastifyInstance
const password = 'a-long-password'
const spoofed = 'Invoice \u202Efdp.exe\u202C \u2066x\u2069 \u0085\u009Bdone'
const clean = 'Invoice fdp.exe x done'

beforeAll(async () => {
  t = await startTestPayload({ ROLE: 'web' })
  await t.payload.create({ collection: 'users', data: { email: 'editor@example.org', password, roles: ['editor'] }, overrideAccess: true })
  app = await buildApp({ payload: t.payload, env: t.env })
})

afterAll(async () => {
  await app?.close()
  await t?.cleanup()
})

describe('names and titles', () => {
  it('lose bidi overrides and C1 controls when an editor saves a page through REST', async () => {
    const login = await app.inject({
      method: 'POST',
      url: '/api/users/login',
      headers: { 'content-type': 'application/json' },
      payload: { email: 'editor@example.org', password },
    })
    const cookie = [login.headers['set-cookie']].flat().find((c) => c?.startsWith('payload-token='))!.split(';')[0]!
    const res = await app.inject({
      method: 'POST',
      url: '/api/pages?locale=en',
      headers: { cookie, 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
      payload: { title: spoofed, slug: 'spoofed-page', _status: 'draft' },
    })
    expect(res.statusCode, res.body).toBe(201)
    const stored = await t.payload.findByID({ collection: 'pages', id: res.json().doc.id, locale: 'en', draft: true, overrideAccess: true })
    expect(stored.title).toBe(clean)
  })

  it('lose them on the Local API too (user names, as the public forms and jobs write)', async () => {
    const user = await t.payload.create({
      collection: 'users',
      data: { email: 'spoof@example.org', password, roles: ['expert'], name: spoofed },
      overrideAccess: true,
    })
    expect(user.name).toBe(clean)
  })
})

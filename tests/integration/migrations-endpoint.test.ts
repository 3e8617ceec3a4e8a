import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../src/web/app'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

// Issue 7, finding 12: /api/payload-migrations answered 501 with the URL as the server sees it
// (internal host and port behind a proxy).
let t: TestPayload
let app: FastifyInstance
const password = 'a-long-password'

beforeAll(async () => {
  t = await startTestPayload({ ROLE: 'web' })
  await t.payload.create({ collection: 'users', data: { email: 'admin@example.org', password, roles: ['admin'] }, overrideAccess: true })
  app = await buildApp({ payload: t.payload, env: t.env })
})

afterAll(async () => {
  await app?.close()
  await t?.cleanup()
})

async function adminCookie(): Promise<string> {
  const login = await app.inject({
    method: 'POST',
    url: '/api/users/login',
    headers: { 'content-type': 'application/json' },
    payload: { email: 'admin@example.org', password },
  })
  return [login.headers['set-cookie']].flat().find((c) => c?.startsWith('payload-token='))!.split(';')[0]!
}

describe('/api/payload-migrations', () => {
  it('answers 404 with the path only, anonymous or admin, never an internal URL', async () => {
    const cookie = await adminCookie()
    for (const headers of [{}, { cookie }]) {
      for (const url of ['/api/payload-migrations', '/api/payload-migrations/1?limit=1']) {
        const res = await app.inject({ method: 'GET', url, headers: { ...headers, host: 'internal-host:3999', 'sec-fetch-site': 'same-origin' } })
        expect(res.statusCode, url).toBe(404)
        expect(res.json().message).toBe(`Route not found "${url.split('?')[0]}"`)
        expect(res.body).not.toMatch(/https?:\/\//)
      }
    }
  })
})

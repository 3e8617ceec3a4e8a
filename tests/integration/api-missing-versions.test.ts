import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../src/web/app'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

// Issue 7, finding 8: versions of a collection that keeps none answered 500 to logged-in users.
let t: TestPayload
let app: FastifyInstance
let token = ''

beforeAll(async () => {
  t = await startTestPayload()
  app = await buildApp({ payload: t.payload, env: t.env })
  await t.payload.create({ collection: 'users', data: { email: 'mod@test.example', password: 'a-long-password', roles: ['moderator'] }, overrideAccess: true })
  token = String((await t.payload.login({ collection: 'users', data: { email: 'mod@test.example', password: 'a-long-password' } })).token)
})

afterAll(async () => {
  await app?.close()
  await t?.cleanup()
})

describe('versions of collections that keep none', () => {
  it.each(['/api/themes/versions', '/api/practices/versions', '/api/organisations/versions/1', '/api/themes/versions?limit=5'])(
    '%s answers 404 to a logged-in user, never 500',
    async (url) => {
      const res = await app.inject({ method: 'GET', url, headers: { authorization: `JWT ${token}` } })
      expect(res.statusCode).toBe(404)
      expect(res.headers['content-type']).toContain('application/json')
    },
  )
  it('still refuses the versions of a versioned collection to a moderator (403), not 404', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/news/versions', headers: { authorization: `JWT ${token}` } })
    expect(res.statusCode).toBe(403)
  })
})

import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../src/web/app'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

// Found by the role matrix: Payload's DELETE /api/payload-preferences/:key answered 500 to every
// logged-in caller, on both databases (config/repair-preference-delete.ts).
let t: TestPayload
let app: FastifyInstance
const password = 'a-long-password'
const users: Record<string, { id: number | string }> = {}

beforeAll(async () => {
  t = await startTestPayload({ ROLE: 'web' })
  for (const name of ['owner', 'other']) {
    const user = await t.payload.create({ collection: 'users', data: { email: `${name}@example.org`, password, roles: ['expert'] }, overrideAccess: true })
    users[name] = user
    await t.payload.create({
      collection: 'payload-preferences',
      data: { key: 'nav', value: { open: true } } as never,
      user: { ...user, collection: 'users' },
      overrideAccess: true,
    })
  }
  app = await buildApp({ payload: t.payload, env: t.env })
})

afterAll(async () => {
  await app?.close()
  await t?.cleanup()
})

async function ownersOf(key: string): Promise<string[]> {
  const found = await t.payload.find({ collection: 'payload-preferences', where: { key: { equals: key } }, depth: 0, overrideAccess: true })
  return found.docs.map((d) => String((d.user as { value: unknown }).value))
}

async function deleteAs(name: string | null, key: string) {
  const headers: Record<string, string> = { 'sec-fetch-site': 'same-origin' }
  if (name) {
    const login = await app.inject({ method: 'POST', url: '/api/users/login', headers: { 'content-type': 'application/json' }, payload: { email: `${name}@example.org`, password } })
    headers.cookie = [login.headers['set-cookie']].flat().find((c) => c?.startsWith('payload-token='))!.split(';')[0]!
  }
  return app.inject({ method: 'DELETE', url: `/api/payload-preferences/${key}`, headers })
}

describe('DELETE /api/payload-preferences/:key', () => {
  it("deletes the caller's own preference with that key, and no one else's", async () => {
    const res = await deleteAs('owner', 'nav')
    expect(res.statusCode, res.body).toBe(200)
    expect(await ownersOf('nav')).toEqual([String(users.other!.id)])
  })

  it('answers 404 for a key the caller has no preference under, 401 to the anonymous', async () => {
    expect((await deleteAs('owner', 'nav')).statusCode).toBe(404)
    expect((await deleteAs(null, 'nav')).statusCode).toBe(401)
    expect(await ownersOf('nav')).toEqual([String(users.other!.id)])
  })
})

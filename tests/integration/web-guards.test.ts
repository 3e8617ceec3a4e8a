import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../src/web/app'
import { guardFields, guardForm } from '../../src/web/form-guard'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

let t: TestPayload
let app: FastifyInstance

beforeAll(async () => {
  t = await startTestPayload()
  const deps = { payload: t.payload, env: t.env }
  app = await buildApp(deps)
  // A minimal public form, the way later capabilities use the guard.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))))
  })
  app.get('/sv/test-form', async (req, reply) => {
    reply.type('text/html')
    return `<form method="post">${guardFields(deps, req, reply).value}</form>`
  })
  app.post('/sv/test-form', { ...guardForm(deps, { name: 'test', limit: 3, windowMs: 60_000 }) }, async () => 'accepted')
  app.get('/sv/boom', async () => {
    throw new Error('secret internal detail')
  })
})

afterAll(async () => {
  await app?.close()
  await t?.cleanup()
})

async function formToken() {
  const res = await app.inject({ method: 'GET', url: '/sv/test-form' })
  const cookie = String(res.headers['set-cookie']).split(';')[0]
  const token = /value="([^"]+)"/.exec(res.body)![1]
  return { cookie, token }
}
const post = (body: string, cookie = '', ip = '10.0.0.1') =>
  app.inject({
    method: 'POST',
    url: '/sv/test-form',
    remoteAddress: ip,
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    payload: body,
  })

describe('public form guard', () => {
  it('accepts a post with the token from its form and cookie', async () => {
    const { cookie, token } = await formToken()
    const res = await post(`_csrf=${encodeURIComponent(token)}`, cookie, '10.0.0.2')
    expect(res.statusCode).toBe(200)
    expect(res.body).toBe('accepted')
  })
  it('refuses a post without a valid token with a localized 403 page', async () => {
    const { cookie } = await formToken()
    const res = await post('_csrf=forged', cookie, '10.0.0.3')
    expect(res.statusCode).toBe(403)
    expect(res.body).toContain('<html lang="sv">')
  })
  it('rate-limits per address with a localized 429 page', async () => {
    const { cookie, token } = await formToken()
    const codes = []
    for (let i = 0; i < 4; i++) codes.push((await post(`_csrf=${encodeURIComponent(token)}`, cookie, '10.0.0.9')).statusCode)
    expect(codes).toEqual([200, 200, 200, 429])
    expect((await post(`_csrf=${encodeURIComponent(token)}`, cookie, '10.0.0.10')).statusCode).toBe(200)
  })
})

describe('server errors', () => {
  it('answer with the localized 500 page and no internal details', async () => {
    const res = await app.inject({ method: 'GET', url: '/sv/boom' })
    expect(res.statusCode).toBe(500)
    expect(res.body).toContain('<html lang="sv">')
    expect(res.body).not.toContain('secret internal detail')
    expect(res.body).not.toMatch(/\.ts:\d+/)
  })
})

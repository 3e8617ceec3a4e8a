import type { IncomingMessage, ServerResponse } from 'node:http'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../src/web/app'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

// Issue 7, findings 4, 5 and 7: Secure cookies and HSTS on https sites (never on http); the admin
// and the API cannot be framed; the language switcher never answers 500.
const hsts = 'max-age=31536000; includeSubDomains'
const password = 'a-long-password'

type Site = { t: TestPayload; app: FastifyInstance; adminSeen: string[] }

/** A fake Next.js handler: the admin hand-over is what is tested, not Next itself. */
function fakeNext(seen: string[]) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    seen.push(req.url ?? '')
    res.writeHead(200, { 'content-type': 'text/html' })
    res.end('<!DOCTYPE html><title>admin</title>')
  }
}

async function startSite(publicUrl: string): Promise<Site> {
  const t = await startTestPayload({ ROLE: 'all', PUBLIC_URL: publicUrl })
  await t.payload.create({ collection: 'users', data: { email: 'editor@example.org', password, roles: ['editor'] }, overrideAccess: true })
  const adminSeen: string[] = []
  const app = await buildApp({ payload: t.payload, env: t.env, next: fakeNext(adminSeen) })
  return { t, app, adminSeen }
}

let https: Site
let http: Site

beforeAll(async () => {
  https = await startSite('https://clearinghouse.example')
  http = await startSite('http://localhost:3000')
})

afterAll(async () => {
  for (const site of [https, http]) {
    await site?.app.close()
    await site?.t.cleanup()
  }
})

// Payload writes `Secure=true`; browsers ignore the value of the Secure attribute (RFC 6265 5.2.5).
const isSecure = (cookie: string) => cookie.split(/;\s*/).some((a) => /^secure(=|$)/i.test(a))
const cookiesOf = (headers: Record<string, unknown>) => [headers['set-cookie']].flat().filter((c): c is string => typeof c === 'string')

async function cookiesSetBy(site: Site): Promise<Record<(typeof cookieNames)[number], string>> {
  const login = await site.app.inject({
    method: 'POST',
    url: '/api/users/login',
    headers: { 'content-type': 'application/json' },
    payload: { email: 'editor@example.org', password },
  })
  expect(login.statusCode).toBe(200)
  const form = await site.app.inject({ method: 'GET', url: '/en/practices/propose' })
  expect(form.statusCode).toBe(200)
  const lang = await site.app.inject({ method: 'GET', url: '/language/sv?next=%2Fsv%2F' })
  expect(lang.statusCode).toBe(303)
  const all = [...cookiesOf(login.headers), ...cookiesOf(form.headers), ...cookiesOf(lang.headers)]
  const byName = (name: string) => all.find((c) => c.startsWith(`${name}=`)) ?? ''
  return { 'payload-token': byName('payload-token'), csrf: byName('csrf'), lang: byName('lang') }
}

const cookieNames = ['payload-token', 'csrf', 'lang'] as const
const everyKind = ['/en/', '/en/%E0%A4%A', '/api/news', '/admin', '/_next/static/x.js', '/no-such-page', '/language/sv?next=%2Fsv%2F', '/health/live']

describe('https site (PUBLIC_URL https://…)', () => {
  it.each(cookieNames)('sets Secure on the %s cookie', async (name) => {
    const cookie = (await cookiesSetBy(https))[name]
    expect(cookie).not.toBe('')
    expect(isSecure(cookie), cookie).toBe(true)
  })

  it.each(everyKind)('sends HSTS on %s', async (url) => {
    const res = await https.app.inject({ method: 'GET', url })
    expect(res.headers['strict-transport-security']).toBe(hsts)
  })
})

describe('http site (local development)', () => {
  it.each(cookieNames)('sets no Secure attribute on the %s cookie', async (name) => {
    const cookie = (await cookiesSetBy(http))[name]
    expect(cookie).not.toBe('')
    expect(isSecure(cookie), cookie).toBe(false)
  })

  it.each(everyKind)('sends no HSTS on %s', async (url) => {
    const res = await http.app.inject({ method: 'GET', url })
    expect(res.headers['strict-transport-security']).toBeUndefined()
  })
})

describe('the admin and the API cannot be framed', () => {
  it.each(['/api/news', '/api/users/me', '/api/graphql', '/api/no-such-thing'])('%s sends a strict CSP, DENY, nosniff and a referrer policy', async (url) => {
    const res = await http.app.inject({ method: 'GET', url })
    expect(res.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'")
    expect(res.headers['x-frame-options']).toBe('DENY')
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  })

  it.each(['/admin', '/admin/collections/news', '/_next/static/chunk.js'])('%s (handed to Next) sends the admin CSP, DENY and nosniff', async (url) => {
    const res = await http.app.inject({ method: 'GET', url })
    expect(http.adminSeen).toContain(url)
    expect(res.statusCode).toBe(200)
    const csp = String(res.headers['content-security-policy']).split(/;\s*/)
    expect(csp).toEqual(expect.arrayContaining(["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]))
    expect(res.headers['x-frame-options']).toBe('DENY')
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  })
})

describe('the language switcher answers a safe redirect for any `next`', () => {
  it.each([
    ['CR/LF', '/sv/a%0D%0ASet-Cookie:%20x=1', '/sv/a%0D%0ASet-Cookie:%20x=1'],
    ['a bare LF', '/sv/a%0Ab', '/sv/a%0Ab'],
    ['NUL', '/sv/a%00b', '/sv/a%00b'],
    ['a non-Latin-1 character', '/sv/%C5%90%F0%9F%98%80', '/sv/%C5%90%F0%9F%98%80'],
    ['undecodable UTF-8 (kept escaped)', '/sv/%ED%A0%80', '/sv/%ED%A0%80'],
    ['a repeated parameter', '/sv/a&next=/sv/b', '/sv/'],
  ])('%s', async (_what, next, location) => {
    const res = await http.app.inject({ method: 'GET', url: `/language/sv?next=${next}` })
    expect(res.statusCode).toBe(303)
    expect(res.headers.location).toBe(location)
    expect(cookiesOf(res.headers)).toHaveLength(1)
  })
})

import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { derivePasswordKey } from '../../src/features/users/login-limits/derive-password-key'
import {
  loginsPerAccount,
  loginsPerAccountAndAddress,
  loginsPerAddress,
  resetRequestsPerAccount,
  resetRequestsPerAddress,
  unlocksPerAddress,
} from '../../src/features/users/login-limits/auth-limits'
import { clientAddressHeader } from '../../src/web/api/client-address'
import { buildApp } from '../../src/web/app'
import { startSecondPayload, startTestPayload, type TestPayload } from '../helpers/test-payload'

// Issue 7, finding 3: logins, password-reset requests and unlocks are limited per client address
// (and account) in buckets every instance shares, before Payload does the work; nobody can lock
// another person out by typing wrong passwords, and unknown accounts answer as known ones do.
const proxy = '10.9.0.1'
const password = 'a-long-password'
const admin = 'admin@example.org'
const editor = 'editor@example.org'
const tooMany = /^Too many attempts\. Please wait \d+ minutes? and try again\.$/
const wrongLogin = 'The email or password provided is incorrect.'

let t: TestPayload
let second: Awaited<ReturnType<typeof startSecondPayload>>
let a: FastifyInstance
let b: FastifyInstance

beforeAll(async () => {
  t = await startTestPayload({ ROLE: 'web', TRUSTED_PROXIES: proxy })
  second = await startSecondPayload(t)
  for (const [email, role] of [[admin, 'admin'], [editor, 'editor'], ['moderator@example.org', 'moderator']] as const) {
    await t.payload.create({ collection: 'users', data: { email, password, roles: [role] }, overrideAccess: true })
  }
  a = await buildApp({ payload: t.payload, env: t.env })
  b = await buildApp({ payload: second.payload, env: t.env })
})

afterAll(async () => {
  await a?.close()
  await b?.close()
  await second?.stop()
  await t?.cleanup()
})

type Answer = { status: number; body: string; retryAfter?: string; cookie?: string; message?: string }

async function post(app: FastifyInstance, url: string, from: string, payload: object, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await app.inject({ method: 'POST', url, remoteAddress: from, headers: { 'content-type': 'application/json', ...headers }, payload })
  const cookie = [res.headers['set-cookie']].flat().find((c) => c?.startsWith('payload-token='))
  const message = (JSON.parse(res.body) as { errors?: { message: string }[] }).errors?.[0]?.message
  return { status: res.statusCode, body: res.body, retryAfter: res.headers['retry-after'] as string | undefined, cookie: cookie?.split(';')[0], message }
}

const login = (from: string, email: string, pass: string, app = a, headers: Record<string, string> = {}) =>
  post(app, '/api/users/login', from, { email, password: pass }, headers)

async function graphqlLogin(from: string, email: string, pass: string): Promise<{ message?: string; statusCode?: number; token?: string }> {
  const res = await a.inject({
    method: 'POST',
    url: '/api/graphql',
    remoteAddress: from,
    headers: { 'content-type': 'application/json' },
    payload: { query: 'mutation ($e: String!, $p: String!) { loginUser(email: $e, password: $p) { token } }', variables: { e: email, p: pass } },
  })
  const body = res.json() as { data?: { loginUser?: { token?: string } | null }; errors?: { message: string; extensions?: { statusCode?: number } }[] }
  return { message: body.errors?.[0]?.message, statusCode: body.errors?.[0]?.extensions?.statusCode, token: body.data?.loginUser?.token }
}

describe('login attempts per client address and account', () => {
  const perPair = loginsPerAccountAndAddress.limit

  it(`answers 429 after ${perPair} wrong logins from one address to one account (REST), even to the right password`, async () => {
    for (let i = 0; i < perPair; i++) {
      const res = await login('192.0.2.10', admin, `wrong-${i}`)
      expect([res.status, res.message]).toEqual([401, wrongLogin])
    }
    const refused = await login('192.0.2.10', admin, password)
    expect(refused.status).toBe(429)
    expect(refused.message).toMatch(tooMany)
    expect(refused.cookie).toBeUndefined()
    const retryAfter = Number(refused.retryAfter)
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(loginsPerAccountAndAddress.windowMs / 1000)
  })

  it("does not lock the admin out: the admin's own address still logs in with the right password", async () => {
    expect((await login('192.0.2.10', admin, password)).status).toBe(429)
    const own = await login('192.0.2.11', admin, password)
    expect(own.status).toBe(200)
    expect(own.cookie).toMatch(/^payload-token=/)
  })

  it('tells clients behind a trusted proxy apart by X-Forwarded-For', async () => {
    for (let i = 0; i <= perPair; i++) await login(proxy, editor, ' ', a, { 'x-forwarded-for': '198.51.100.1' })
    expect((await login(proxy, editor, password, a, { 'x-forwarded-for': '198.51.100.1' })).status).toBe(429)
    expect((await login(proxy, editor, password, a, { 'x-forwarded-for': '198.51.100.2' })).status).toBe(200)
  })

  it('counts every IPv6 address of one /64 network as one client', async () => {
    for (let i = 1; i <= perPair; i++) expect((await login(`2001:db8:7:7::${i}`, editor, ' ')).status).toBe(400)
    expect((await login('2001:db8:7:7:abcd::1', editor, password)).status).toBe(429)
    expect((await login('2001:db8:7:8::1', editor, password)).status).toBe(200)
  })

  it('ignores a client address a client sends itself', async () => {
    const forged = await login('192.0.2.10', admin, password, a, { [clientAddressHeader]: '203.0.113.99' })
    expect(forged.status).toBe(429)
  })

  it('hands the admin (Next.js) no client address a client sent', async () => {
    const admin = await buildApp({
      payload: t.payload,
      env: t.env,
      next: async (req, res) => {
        res.end(JSON.stringify(req.headers))
      },
    })
    try {
      const res = await admin.inject({ method: 'GET', url: '/admin/login', headers: { [clientAddressHeader]: '203.0.113.99' } })
      expect(res.json()).not.toHaveProperty(clientAddressHeader)
    } finally {
      await admin.close()
    }
  })

  it('answers in the language of the request (here Swedish)', async () => {
    const res = await login('192.0.2.10', admin, password, a, { 'accept-language': 'sv' })
    expect(res.status).toBe(429)
    expect(res.message).toMatch(/^För många försök\. Vänta \d+ minuter? och försök igen\.$/)
  })

  it('answers 429 over GraphQL (loginUser) in the same way', async () => {
    for (let i = 0; i < perPair; i++) expect((await graphqlLogin('192.0.2.20', editor, `wrong-${i}`)).message).toBe(wrongLogin)
    const refused = await graphqlLogin('192.0.2.20', editor, password)
    expect(refused.statusCode).toBe(429)
    expect(refused.message).toMatch(tooMany)
    expect(refused.token).toBeUndefined()
    expect((await graphqlLogin('192.0.2.21', editor, password)).token).toBeTruthy()
  })

  it('counts each aliased loginUser of one GraphQL request', async () => {
    const aliases = Array.from({ length: perPair + 2 }, (_, i) => `l${i}: loginUser(email: "${editor}", password: "wrong-${i}") { token }`)
    const res = await a.inject({
      method: 'POST',
      url: '/api/graphql',
      remoteAddress: '192.0.2.22',
      headers: { 'content-type': 'application/json' },
      payload: { query: `mutation { ${aliases.join(' ')} }` },
    })
    const errors = (res.json() as { errors: { extensions?: { statusCode?: number } }[] }).errors
    expect(errors.filter((e) => e.extensions?.statusCode === 429)).toHaveLength(2)
  })

  it('gives an unknown and a known account the same sequence of statuses and bodies', async () => {
    const answers = async (from: string, email: string) => {
      const seen: string[] = []
      for (let i = 0; i <= perPair + 1; i++) {
        const res = await login(from, email, `wrong-${i}`)
        seen.push(`${res.status} ${res.retryAfter === undefined ? '' : 'retry-after '}${res.body}`)
      }
      return seen
    }
    const known = await answers('192.0.2.30', editor)
    const unknown = await answers('192.0.2.31', 'nobody@example.org')
    expect(unknown).toEqual(known)
    expect(known.at(-1)).toMatch(/^429 retry-after /)
  })

  it(`limits one address to ${loginsPerAddress.limit} logins whatever the accounts`, async () => {
    // A blank password: counted, then refused by Payload (400) without any work.
    for (let i = 0; i < loginsPerAddress.limit; i++) expect((await login('192.0.2.40', `user${i}@example.org`, ' ')).status).toBe(400)
    expect((await login('192.0.2.40', 'another@example.org', ' ')).status).toBe(429)
  })

  it(`limits one account to ${loginsPerAccount.limit} logins from all addresses together`, async () => {
    const target = 'spread@example.org'
    for (let i = 0; i < loginsPerAccount.limit; i++) {
      expect((await login(`192.0.3.${Math.floor(i / perPair)}`, target, ' ')).status).toBe(400)
    }
    expect((await login('192.0.3.200', target, ' ')).status).toBe(429)
  })

  it('counts the attempts of every instance on the database in the same buckets', async () => {
    const codes = []
    for (let i = 0; i <= perPair; i++) codes.push((await login('192.0.2.50', editor, ' ', i % 2 ? a : b)).status)
    expect(codes).toEqual([...Array<number>(perPair).fill(400), 429])
    expect((await login('192.0.2.50', editor, password, a)).status).toBe(429)
    expect((await login('192.0.2.50', editor, password, b)).status).toBe(429)
  })
})

describe('password-reset requests and unlocks', () => {
  const forgot = (from: string, email: string) => post(a, '/api/users/forgot-password', from, { email })

  it(`limits one address to ${resetRequestsPerAddress.limit} reset requests, known accounts or not`, async () => {
    for (let i = 0; i < resetRequestsPerAddress.limit; i++) {
      expect((await forgot('192.0.2.60', i === 0 ? 'moderator@example.org' : `reset${i}@example.org`)).status).toBe(200)
    }
    const refused = await forgot('192.0.2.60', 'reset-more@example.org')
    expect(refused.status).toBe(429)
    expect(refused.message).toMatch(tooMany)
    expect(Number(refused.retryAfter)).toBeGreaterThan(0)
  })

  it(`limits reset requests for one account to ${resetRequestsPerAccount.limit}, from any addresses, with the same answers for an unknown one`, async () => {
    const statuses = async (email: string, prefix: string) => {
      const seen: number[] = []
      for (let i = 0; i <= resetRequestsPerAccount.limit; i++) seen.push((await forgot(`${prefix}.${i}`, email)).status)
      return seen
    }
    const known = await statuses(admin, '192.0.4')
    expect(known).toEqual([...Array<number>(resetRequestsPerAccount.limit).fill(200), 429])
    expect(await statuses('nobody-here@example.org', '192.0.5')).toEqual(known)
  })

  it(`limits one address to ${unlocksPerAddress.limit} unlock requests`, async () => {
    for (let i = 0; i < unlocksPerAddress.limit; i++) expect((await post(a, '/api/users/unlock', '192.0.2.70', { email: admin })).status).toBe(403)
    expect((await post(a, '/api/users/unlock', '192.0.2.70', { email: admin })).status).toBe(429)
  })
})

describe('the unknown-account login does the work of a known one', () => {
  it("derives the key with Payload's own parameters: it reproduces the hash Payload stored", async () => {
    const user = (await t.payload.db.findOne({ collection: 'users', where: { email: { equals: editor } } })) as { hash?: string; salt?: string }
    const [, stored] = /^pbkdf2-sha256-v1:([0-9a-f]+)$/.exec(user.hash ?? '') ?? []
    expect(stored).toBeDefined()
    expect(await derivePasswordKey(password, user.salt!)).toBe(stored)
  })
})

import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import type { CollectionSlug, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { roles } from '../../src/access/roles'
import { rawRows } from '../../src/db/raw-sql'
import { authBucketKey } from '../../src/features/users/login-limits/auth-bucket-key'
import { loginsPerAccount } from '../../src/features/users/login-limits/auth-limits'
import { hitRateLimit } from '../../src/web/rate-limit'
import { buildApp } from '../../src/web/app'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'
import { expected, operations, whos, type Channel, type Operation, type Who } from './role-matrix.expected'
import { makeShared, subjects, type Id, type Shared, type Subject } from './role-matrix.subjects'

// Issue 7: one table of who may do what (role-matrix.expected.ts), checked cell by cell against the
// running REST and GraphQL API, on whichever database the run uses.
let t: TestPayload
let app: FastifyInstance
let shared: Shared
const password = 'a-long-password'
const sessions: Partial<Record<Who, Record<string, string>>> = {}
const ids: Record<string, Id> = {}
/** The document each collection's reads look for (made once; writes use fresh documents). */
const readable: Record<string, Id> = {}
let counter = 0

beforeAll(async () => {
  t = await startTestPayload({ ROLE: 'web' })
  for (const role of roles) {
    const user = await t.payload.create({ collection: 'users', data: { email: `${role}@example.org`, password, roles: [role] }, overrideAccess: true })
    ids[role] = user.id
  }
  shared = await makeShared(t.payload, ids)
  for (const [slug, subject] of Object.entries(subjects)) readable[slug] = await subject.make(t.payload, shared, ++counter)
  app = await buildApp({ payload: t.payload, env: t.env })
  sessions.anonymous = { 'sec-fetch-site': 'same-origin' }
  for (const role of roles) {
    const res = await app.inject({ method: 'POST', url: '/api/users/login', headers: { 'content-type': 'application/json' }, payload: { email: `${role}@example.org`, password } })
    expect(res.statusCode, role).toBe(200)
    const cookie = [res.headers['set-cookie']].flat().find((c) => c?.startsWith('payload-token='))!
    // Payload's cookie auth takes the cookie only from same-origin requests.
    sessions[role] = { cookie: cookie.split(';')[0]!, 'sec-fetch-site': 'same-origin' }
  }
})

afterAll(async () => {
  await app?.close()
  await t?.cleanup()
})

type Doc = Record<string, unknown>
type Request = { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; url: string; body?: unknown; upload?: boolean }
type GraphQLBody = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { statusCode?: number } }[] }

const same = (a: unknown, b: unknown) => a !== undefined && a !== null && String(a) === String(b)
const docsOf = (value: unknown): Doc[] => ((value as { docs?: Doc[] } | null)?.docs ?? [])

async function findIds(slug: string, where: Where): Promise<string[]> {
  const found = await t.payload.find({ collection: slug as CollectionSlug, where, depth: 0, limit: 1000, pagination: false, overrideAccess: true })
  return found.docs.map((d) => String(d.id))
}

async function readBack(slug: string, id: Id): Promise<Doc | null> {
  const found = await t.payload.find({
    collection: slug as CollectionSlug,
    where: { id: { equals: id } },
    draft: Boolean(subjects[slug]!.drafts),
    depth: 0,
    locale: 'en',
    overrideAccess: true,
  })
  const doc: unknown = found.docs[0]
  return (doc as Doc | undefined) ?? null
}

async function remove(slug: string, id: Id | string): Promise<void> {
  await t.payload.delete({ collection: slug as CollectionSlug, id, overrideAccess: true }).catch(() => undefined)
}

async function multipart(data: unknown, upload: NonNullable<Subject['upload']>): Promise<{ body: Buffer; type: string }> {
  const file = upload(shared)
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
  form.append('_payload', JSON.stringify(data))
  const encoded = new Request('http://localhost/', { method: 'POST', body: form })
  return { body: Buffer.from(await encoded.arrayBuffer()), type: encoded.headers.get('content-type')! }
}

/** Sends one REST request; a 5xx fails the cell whatever the table says. */
async function rest(slug: string, who: Who, req: Request): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { ...sessions[who] }
  let payload: string | Buffer | undefined
  const upload = subjects[slug]!.upload
  if (req.upload && upload) {
    const encoded = await multipart(req.body, upload)
    headers['content-type'] = encoded.type
    payload = encoded.body
  } else if (req.body !== undefined) {
    headers['content-type'] = 'application/json'
    payload = JSON.stringify(req.body)
  }
  const res = await app.inject({ method: req.method, url: req.url, headers, payload })
  if (res.statusCode >= 500) throw new Error(`${res.statusCode} from ${req.method} ${req.url} as ${who}: ${res.body.slice(0, 300)}`)
  return res
}

/** What a REST answer says when the effect itself did not decide the cell. */
function restOutcome(res: LightMyRequestResponse): string {
  if (res.statusCode === 401 || res.statusCode === 403) return 'denied'
  if (res.statusCode === 404) return 'absent'
  if (res.statusCode === 400) return 'invalid'
  if (res.statusCode >= 200 && res.statusCode < 300) return 'empty'
  return `unexpected ${res.statusCode}: ${res.body.slice(0, 200)}`
}

async function graphql(who: Who, query: string, variables?: Record<string, unknown>): Promise<GraphQLBody> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/graphql',
    headers: { ...sessions[who], 'content-type': 'application/json' },
    payload: JSON.stringify({ query, variables }),
  })
  const body = res.json() as GraphQLBody
  const status = Math.max(res.statusCode, ...(body.errors ?? []).map((e) => e.extensions?.statusCode ?? 0))
  if (status >= 500) throw new Error(`${status} from GraphQL ${query} as ${who}: ${res.body.slice(0, 300)}`)
  return body
}

/** What a GraphQL answer says when the effect itself did not decide the cell. */
function graphqlOutcome(body: GraphQLBody): string {
  const error = body.errors?.[0]
  if (!error) return 'empty'
  // Validation: the schema has no such query, mutation or input type.
  if (/^Cannot query field|^Unknown type|cannot be used as an input type/.test(error.message)) return 'absent'
  const status = error.extensions?.statusCode
  if (status === 401 || status === 403) return 'denied'
  if (status === 404) return 'absent'
  if (status === 400) return 'invalid'
  return `unexpected GraphQL error ${status}: ${error.message}`
}

/** Runs one cell and names its outcome (see role-matrix.expected.ts for the categories). */
async function outcomeOf(slug: string, channel: Channel, who: Who, op: Operation): Promise<string> {
  const subject = subjects[slug]!
  const { one, many } = subject.gql
  const self = who === 'anonymous' ? undefined : ids[who]
  const id = readable[slug]!
  const api = `/api/${slug}`

  if (op === 'list' || op === 'byId' || op === 'versions') {
    if (channel === 'rest') {
      const url = {
        list: `${api}?where[id][equals]=${id}&draft=true&depth=0`,
        byId: `${api}/${id}?draft=true&depth=0`,
        versions: `${api}/versions?where[parent][equals]=${id}&depth=0`,
      }[op]
      const res = await rest(slug, who, { method: 'GET', url })
      if (res.statusCode !== 200) return restOutcome(res)
      const body = res.json() as Doc
      const seen = op === 'byId' ? same(body.id, id) : docsOf(body).length > 0 && (op === 'versions' || docsOf(body).some((d) => same(d.id, id)))
      return seen ? 'ok' : 'empty'
    }
    const field = { list: many, byId: one, versions: `versions${many}` }[op]
    const query = {
      list: `{ ${field}(where: { id: { equals: ${id} } }, draft: true) { docs { id } } }`,
      byId: `{ ${field}(id: ${id}, draft: true) { id } }`,
      versions: `{ ${field}(where: { parent: { equals: ${id} } }) { docs { id } } }`,
    }[op]
    const body = await graphql(who, query)
    const value = body.data?.[field]
    const seen = op === 'byId' ? same((value as Doc | null)?.id, id) : docsOf(value).length > 0 && (op === 'versions' || docsOf(value).some((d) => same(d.id, id)))
    return seen ? 'ok' : graphqlOutcome(body)
  }

  if (op === 'create') {
    const n = ++counter
    const where = subject.created(n, shared)
    const before = new Set(await findIds(slug, where))
    const data = subject.createData(shared, n, self)
    const answer =
      channel === 'rest'
        ? restOutcome(await rest(slug, who, { method: 'POST', url: api, body: data, upload: true }))
        : graphqlOutcome(await graphql(who, `mutation ($data: mutation${one}Input!) { create${one}(data: $data) { id } }`, { data }))
    const made = (await findIds(slug, where)).filter((d) => !before.has(d))
    for (const d of made) await remove(slug, d)
    return made.length > 0 ? 'ok' : answer
  }

  if (op === 'update' || op === 'delete') {
    const fresh = await subject.make(t.payload, shared, ++counter)
    let answer: string
    if (op === 'update') {
      const data = subject.updateData(self, shared)
      answer =
        channel === 'rest'
          ? restOutcome(await rest(slug, who, { method: 'PATCH', url: `${api}/${fresh}`, body: data }))
          : graphqlOutcome(await graphql(who, `mutation ($data: mutation${one}UpdateInput!) { update${one}(id: ${fresh}, data: $data) { id } }`, { data }))
    } else {
      answer =
        channel === 'rest'
          ? restOutcome(await rest(slug, who, { method: 'DELETE', url: `${api}/${fresh}` }))
          : graphqlOutcome(await graphql(who, `mutation { delete${one}(id: ${fresh}) { id } }`))
    }
    const after = await readBack(slug, fresh)
    const happened = op === 'update' ? after !== null && subject.isUpdated(after, self) : after === null
    // Migration rows are borrowed, not made (there is no other way to get one): they stay.
    if (after && slug !== 'payload-migrations') await remove(slug, fresh)
    return happened ? 'ok' : answer
  }

  // unlock: only an auth collection has one. An account is "locked" when its logins are used up
  // (the login buckets, see src/features/users/login-limits); unlocking empties its bucket.
  const auth = slug === 'users'
  const n = ++counter
  const account = auth ? await subject.make(t.payload, shared, n) : shared.target.id
  const email = auth ? `matrix-${n}@example.org` : shared.target.email
  const bucket = authBucketKey(t.payload.secret, loginsPerAccount, { address: '', email })!
  if (auth) await hitRateLimit(t.payload, { key: bucket, limit: loginsPerAccount.limit, windowMs: loginsPerAccount.windowMs })
  const answer =
    channel === 'rest'
      ? restOutcome(await rest(slug, who, { method: 'POST', url: `${api}/unlock`, body: { email } }))
      : graphqlOutcome(await graphql(who, `mutation { unlock${one}(email: ${JSON.stringify(email)}) }`))
  if (!auth) return answer
  const left = await rawRows(t.payload, { postgres: 'select key from rate_limit_buckets where key = $1', sqlite: 'select key from rate_limit_buckets where key = ?' }, [bucket])
  await remove('users', account)
  return left.length === 0 ? 'ok' : answer
}

describe('the role matrix', () => {
  it('has a row for every collection in the Payload config, and none for a collection that is gone', () => {
    const configured = t.payload.config.collections.map((c) => c.slug).sort()
    expect(Object.keys(expected).sort(), 'role-matrix.expected.ts').toEqual(configured)
    expect(Object.keys(subjects).sort(), 'role-matrix.subjects.ts').toEqual(configured)
  })

  const cells = Object.entries(expected).flatMap(([slug, byChannel]) =>
    (['rest', 'graphql'] as const).flatMap((channel) =>
      whos.flatMap((who) => operations.map((op) => [`${slug} × ${who} × ${op} over ${channel} is ${byChannel[channel][who][op]}`, slug, channel, who, op, byChannel[channel][who][op]] as const)),
    ),
  )

  it.each(cells)('%s', async (_name, slug, channel, who, op, outcome) => {
    expect(await outcomeOf(slug, channel, who, op)).toBe(outcome)
  })
})

import { Forbidden, type Payload, type TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '../../src/access/roles'
import { createNews, createThemes, newsSeed } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

let t: TestPayload
let payload: Payload
const users = new Map<Role, TypedUser>()

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  const refs = await createThemes(payload)
  await createNews(payload, newsSeed({ slug: 'public-item' }), refs)
  await createNews(payload, newsSeed({ slug: 'secret-draft' }), refs, false)
  for (const role of ['admin', 'editor', 'moderator', 'expert'] as Role[]) {
    const user = await payload.create({
      collection: 'users',
      data: { email: `${role}@example.org`, password: 'a-long-password', roles: [role] },
      overrideAccess: true,
    })
    users.set(role, { ...user, collection: 'users' } as TypedUser)
  }
})

afterAll(async () => {
  await t?.cleanup()
})

const as = (role: Role | 'anonymous') => ({ overrideAccess: false, user: role === 'anonymous' ? null : users.get(role) })
const slugsSeenBy = async (role: Role | 'anonymous') =>
  (await payload.find({ collection: 'news', draft: true, ...as(role) })).docs.map((d) => d.slug).sort()

describe('reading unpublished news through the Local API', () => {
  it.each([
    ['anonymous', ['public-item']],
    ['moderator', ['public-item']],
    ['expert', ['public-item']],
    ['editor', ['public-item', 'secret-draft']],
    ['admin', ['public-item', 'secret-draft']],
  ] as const)('%s sees %j', async (role, expected) => {
    expect(await slugsSeenBy(role)).toEqual(expected)
  })
})

describe('writing content', () => {
  it.each(['anonymous', 'moderator', 'expert'] as const)('%s may not create news', async (role) => {
    await expect(
      payload.create({ collection: 'news', data: { title: 'x', slug: `x-${role}`, publishedAt: new Date().toISOString() }, ...as(role) }),
    ).rejects.toThrow(Forbidden)
  })
  it.each(['editor', 'admin'] as const)('%s may create news', async (role) => {
    const doc = await payload.create({
      collection: 'news',
      locale: 'en',
      data: { title: 'Allowed', slug: `allowed-${role}`, publishedAt: new Date().toISOString() },
      ...as(role),
    })
    expect(doc.slug).toBe(`allowed-${role}`)
  })
  it('only an editor or admin may change site settings', async () => {
    await expect(payload.updateGlobal({ slug: 'site-settings', data: { contactEmail: 'x@example.org' }, ...as('moderator') })).rejects.toThrow(Forbidden)
    const updated = await payload.updateGlobal({ slug: 'site-settings', data: { contactEmail: 'news@example.org' }, ...as('editor') })
    expect(updated.contactEmail).toBe('news@example.org')
  })
})

describe('user accounts', () => {
  it('anonymous readers cannot list users; non-admins see only themselves', async () => {
    await expect(payload.find({ collection: 'users', ...as('anonymous') })).rejects.toThrow(Forbidden)
    const seen = await payload.find({ collection: 'users', ...as('editor') })
    expect(seen.docs.map((u) => u.email)).toEqual(['editor@example.org'])
    const all = await payload.find({ collection: 'users', ...as('admin') })
    expect(all.totalDocs).toBe(4)
  })
  it('a user cannot give themselves a role; an admin can', async () => {
    const editor = users.get('editor')!
    const self = await payload.update({ collection: 'users', id: editor.id, data: { roles: ['admin'] }, ...as('editor') })
    expect(self.roles).toEqual(['editor'])
    const byAdmin = await payload.update({ collection: 'users', id: editor.id, data: { roles: ['editor', 'moderator'] }, ...as('admin') })
    expect(byAdmin.roles).toEqual(['editor', 'moderator'])
  })
  it('the outbox is for admins only', async () => {
    await expect(payload.find({ collection: 'outbox', ...as('editor') })).rejects.toThrow(Forbidden)
    expect((await payload.find({ collection: 'outbox', ...as('admin') })).totalDocs).toBe(0)
  })
})

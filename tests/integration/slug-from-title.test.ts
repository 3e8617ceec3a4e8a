import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../src/web/app'
import { loginSession } from '../helpers/login-session'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

// Issue 8: slugs are made from the title, unique and editable; a bad one is refused on the field
// itself, in the editor's admin language.
let t: TestPayload
let app: FastifyInstance
let session: Record<string, string>

beforeAll(async () => {
  t = await startTestPayload({ ROLE: 'web' })
  await t.payload.create({ collection: 'users', data: { email: 'editor@example.org', password: 'a-long-password', roles: ['editor'] }, overrideAccess: true })
  app = await buildApp({ payload: t.payload, env: t.env })
  session = { ...(await loginSession(app, 'editor@example.org', 'a-long-password')), 'content-type': 'application/json' }
})

afterAll(async () => {
  await app?.close()
  await t?.cleanup()
})

const createNews = (data: Record<string, unknown>, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/api/news?locale=sv', headers: { ...session, ...headers }, payload: { publishedAt: '2026-11-01', ...data } })

describe('slugs', () => {
  it('are made from the title in the language being edited when left empty', async () => {
    const res = await createNews({ title: 'Nytt boende i Umeå – för alla' })
    expect(res.statusCode).toBe(201)
    expect(res.json().doc.slug).toBe('nytt-boende-i-umea-for-alla')
  })
  it('are unique: the same title gets the next free number', async () => {
    const second = await createNews({ title: 'Nytt boende i Umeå – för alla' })
    const third = await createNews({ title: 'Nytt boende i Umeå – för alla' })
    expect([second.json().doc.slug, third.json().doc.slug]).toEqual(['nytt-boende-i-umea-for-alla-2', 'nytt-boende-i-umea-for-alla-3'])
  })
  it('can be typed by the editor, and are tidied into a web address', async () => {
    const res = await createNews({ title: 'Rapport', slug: 'Ny Rapport om Språk!' })
    expect(res.json().doc.slug).toBe('ny-rapport-om-sprak')
  })
  it('stay when the title changes or the field is cleared, so a published address does not move', async () => {
    const created = (await createNews({ title: 'Första titeln' })).json().doc
    const res = await app.inject({ method: 'PATCH', url: `/api/news/${created.id}?locale=sv`, headers: session, payload: { title: 'Andra titeln', slug: '' } })
    expect(res.statusCode).toBe(200)
    expect(res.json().doc.slug).toBe('forsta-titeln')
  })
  it('that cannot be made are refused on the slug field, in the editor’s admin language', async () => {
    const res = await createNews({ title: '!!!' }, { 'accept-language': 'sv' })
    expect(res.statusCode).toBe(400)
    const errors = res.json().errors[0].data.errors as { path: string; message: string }[]
    expect(errors).toEqual([{ path: 'slug', label: expect.anything(), message: expect.stringContaining('Skriv titeln först') }])
  })
})

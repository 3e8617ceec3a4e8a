import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../src/web/app'
import { loginSession } from '../helpers/login-session'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

// Issue 8: the admin lists show which of the six languages a document exists in, and can filter on it.
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

const write = (method: 'POST' | 'PATCH', path: string, locale: string, payload: Record<string, unknown>) =>
  app.inject({ method, url: `/api/news${path}?locale=${locale}`, headers: session, payload })

describe('the languages of a document', () => {
  it('follow its titles: each language added by a save, one emptied is dropped', async () => {
    const created = (await write('POST', '', 'sv', { title: 'Språkcafé i Umeå', publishedAt: '2026-11-01' })).json().doc
    expect(created.languages).toEqual(['sv'])
    const translated = (await write('PATCH', `/${created.id}`, 'fi', { title: 'Kielikahvila Uumajassa' })).json().doc
    expect(translated.languages).toEqual(['sv', 'fi'])
    const emptied = (await write('PATCH', `/${created.id}`, 'sv', { title: ' ' })).json().doc
    expect(emptied.languages).toEqual(['fi'])
  })
  it('can filter the list: the documents that exist in a language, or not', async () => {
    const english = (await write('POST', '', 'en', { title: 'Only in English', publishedAt: '2026-11-02' })).json().doc
    const list = async (where: string) =>
      ((await app.inject({ method: 'GET', url: `/api/news?depth=0&locale=en&${where}`, headers: session })).json().docs as { id: number }[]).map((d) => d.id)
    expect(await list('where[languages][in]=en')).toEqual([english.id])
    expect(await list('where[languages][not_in]=en')).not.toContain(english.id)
  })
})

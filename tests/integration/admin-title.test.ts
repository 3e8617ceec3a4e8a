import type { FastifyInstance } from 'fastify'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadMigrations } from '../../src/boot/load-migrations'
import { dialectOf } from '../../src/db/raw-sql'
import { buildApp } from '../../src/web/app'
import { loginSession } from '../helpers/login-session'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

// Issue 8: a record written in Danish has a title in the English admin too, marked with its
// language, following the site's fallback chains; editors find it by that title.
let t: TestPayload
let app: FastifyInstance
let practiceId: number

const adminTitle = async (payload: Payload, locale: 'en' | 'sv' | 'da' | 'fi' | 'nb' | 'is', id = practiceId) =>
  (await payload.findByID({ collection: 'practices', id, locale, draft: true, overrideAccess: true })).adminTitle

beforeAll(async () => {
  t = await startTestPayload({ ROLE: 'web' })
  const doc = await t.payload.create({
    collection: 'practices',
    locale: 'da',
    data: { title: 'Lektiehjælp i Aarhus', summary: 'Frivillige hjælper børn med lektier.', slug: 'lektiehjaelp-i-aarhus', country: 'DK', originalLanguage: 'da', workflowStatus: 'submitted' },
    overrideAccess: true,
  })
  practiceId = doc.id
  await t.payload.create({ collection: 'users', data: { email: 'editor@example.org', password: 'a-long-password', roles: ['editor'] }, overrideAccess: true })
  app = await buildApp({ payload: t.payload, env: t.env })
})

afterAll(async () => {
  await app?.close()
  await t?.cleanup()
})

describe('titles in the admin', () => {
  it('show a Danish record in every content locale, marked with its language', async () => {
    expect(await adminTitle(t.payload, 'da')).toBe('Lektiehjælp i Aarhus')
    expect(await adminTitle(t.payload, 'en')).toBe('Lektiehjælp i Aarhus [da]')
    expect(await adminTitle(t.payload, 'fi')).toBe('Lektiehjælp i Aarhus [da]')
  })
  it('follow the fallback chain of each locale when another language is added', async () => {
    await t.payload.update({ collection: 'practices', id: practiceId, locale: 'en', data: { title: 'Homework help in Aarhus' }, overrideAccess: true })
    expect(await adminTitle(t.payload, 'en')).toBe('Homework help in Aarhus')
    expect(await adminTitle(t.payload, 'nb')).toBe('Lektiehjælp i Aarhus [da]')
    expect(await adminTitle(t.payload, 'fi')).toBe('Homework help in Aarhus [en]')
    expect(await adminTitle(t.payload, 'da')).toBe('Lektiehjælp i Aarhus')
  })
  it('let an editor with the admin in English find the Danish record by its title', async () => {
    const session = await loginSession(app, 'editor@example.org', 'a-long-password')
    const res = await app.inject({ method: 'GET', url: '/api/practices?locale=nb&depth=0&where[adminTitle][like]=lektiehjælp', headers: session })
    expect(res.statusCode).toBe(200)
    expect(res.json().docs.map((d: { id: number }) => d.id)).toEqual([practiceId])
  })
  it('show a theme written only in Danish in every content locale too', async () => {
    const theme = await t.payload.create({ collection: 'themes', locale: 'da', data: { title: 'Boliger og naboskab', slug: 'boliger-og-naboskab' }, overrideAccess: true })
    const title = async (locale: 'en' | 'da' | 'sv') => (await t.payload.findByID({ collection: 'themes', id: theme.id, locale, overrideAccess: true })).adminTitle
    expect(await title('da')).toBe('Boliger og naboskab')
    expect(await title('en')).toBe('Boliger og naboskab [da]')
    expect(await title('sv')).toBe('Boliger og naboskab [da]')
    // A translation added later takes its own place; the theme's languages follow.
    await t.payload.update({ collection: 'themes', id: theme.id, locale: 'sv', data: { title: 'Boende och grannskap' }, overrideAccess: true })
    expect(await title('sv')).toBe('Boende och grannskap')
    expect((await t.payload.findByID({ collection: 'themes', id: theme.id, overrideAccess: true })).languages).toEqual(['sv', 'da'])
  })
  it('are required when a theme is created, in the editor’s language', async () => {
    const session = await loginSession(app, 'editor@example.org', 'a-long-password')
    const res = await app.inject({ method: 'POST', url: '/api/themes?locale=fi', headers: { ...session, 'content-type': 'application/json', 'accept-language': 'sv' }, payload: { slug: 'utan-titel' } })
    expect(res.statusCode).toBe(400)
    expect(res.body).toContain('title')
  })
  it('are filled in by the migration for records stored before the field existed', async () => {
    const migration = (await loadMigrations(dialectOf(t.payload))).find((m) => m.name.endsWith('_admin_title'))!
    const db = (t.payload.db as unknown as { drizzle: unknown }).drizzle
    const args = { db, payload: t.payload, req: {} } as Parameters<typeof migration.up>[0]
    await migration.down(args)
    await migration.up(args)
    expect(await adminTitle(t.payload, 'sv')).toBe('Lektiehjælp i Aarhus [da]')
    expect(await adminTitle(t.payload, 'en')).toBe('Homework help in Aarhus')
    expect(await adminTitle(t.payload, 'is')).toBe('Homework help in Aarhus [en]')
  })
})

import type { FastifyInstance } from 'fastify'
import type { TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrganisation } from '../../src/seed/factories/create-organisation'
import { createPractice, type PracticeRefs } from '../../src/seed/factories/create-practice'
import { buildApp } from '../../src/web/app'
import { createThemes, practiceSeed } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

// Issue 8: a practice is published only with its quality criteria ticked (or an override note) and
// a responsible organisation or municipality; refusals land on the fields, in the editor's admin
// language. The organisation a submitter proposed is linked or created in one step.
let t: TestPayload
let app: FastifyInstance
let refs: PracticeRefs
let editor: TypedUser
let session: Record<string, string>

beforeAll(async () => {
  t = await startTestPayload({ ROLE: 'web' })
  refs = { themes: (await createThemes(t.payload)).themes, organisations: new Map() }
  refs.organisations.set(
    'vejle',
    await createOrganisation(t.payload, { key: 'vejle-kommune', name: 'Vejle Kommune', type: 'municipality', country: 'DK', website: 'https://vejle.example', description: { da: 'Kommunen.' } }),
  )
  const user = await t.payload.create({ collection: 'users', data: { email: 'ed@test.example', password: 'a-long-password', roles: ['editor'] }, overrideAccess: true })
  editor = { ...user, collection: 'users' } as TypedUser
  app = await buildApp({ payload: t.payload, env: t.env })
  const res = await app.inject({ method: 'POST', url: '/api/users/login', headers: { 'content-type': 'application/json' }, payload: { email: 'ed@test.example', password: 'a-long-password' } })
  const cookie = [res.headers['set-cookie']].flat().find((c) => c?.startsWith('payload-token='))!.split(';')[0]!
  session = { cookie, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' }
})

afterAll(async () => {
  await app?.close()
  await t?.cleanup()
})

let n = 0
/** A practice in review, ready to be published by an editor; override what the test is about. */
async function inReview(overrides: Parameters<typeof practiceSeed>[0] = {}, extra: Record<string, unknown> = {}): Promise<number> {
  return createPractice(t.payload, practiceSeed({ slug: `guard-${++n}`, country: 'DK', ...overrides }), refs, 'in-review', extra)
}

const publish = (id: number, data: Record<string, unknown> = {}, language = 'en') =>
  app.inject({ method: 'PATCH', url: `/api/practices/${id}?locale=en`, headers: { ...session, 'accept-language': language }, payload: { workflowStatus: 'published', ...data } })

type FieldError = { path: string; message: string }
const fieldErrors = (body: string): FieldError[] => (JSON.parse(body).errors[0].data.errors as FieldError[]).map(({ path, message }) => ({ path, message }))
const statusOf = async (id: number) => (await t.payload.findByID({ collection: 'practices', id, overrideAccess: true })).workflowStatus

describe('publishing a practice', () => {
  it('is refused without a ticked criterion or an override note, on the criteria field', async () => {
    const id = await inReview({ criteriaMet: [] })
    const res = await publish(id)
    expect(res.statusCode).toBe(400)
    expect(fieldErrors(res.body)).toEqual([{ path: 'criteriaMet', message: expect.stringContaining('Tick at least one quality criterion') }])
    expect(await statusOf(id)).toBe('in-review')
  })
  it('is refused without a responsible organisation or municipality, on both fields, in the editor’s admin language', async () => {
    const id = await inReview({ municipality: undefined, organisations: [] })
    const res = await publish(id, {}, 'sv')
    expect(res.statusCode).toBe(400)
    expect(fieldErrors(res.body)).toEqual([
      { path: 'organisations', message: 'Ett publicerat exempel behöver en ansvarig organisation eller en kommun.' },
      { path: 'municipality', message: 'Ett publicerat exempel behöver en ansvarig organisation eller en kommun.' },
    ])
    expect(JSON.parse(res.body).errors[0].message).toContain('Ansvariga organisationer, Kommun')
    expect(await statusOf(id)).toBe('in-review')
  })
  it('is allowed with a ticked criterion and a municipality', async () => {
    const id = await inReview({ criteriaMet: ['clear-goals'], municipality: 'Vejle', organisations: [] })
    expect((await publish(id)).statusCode).toBe(200)
    expect(await statusOf(id)).toBe('published')
  })
  it('is allowed with an override note instead of criteria and an organisation instead of a municipality', async () => {
    const id = await inReview({ criteriaMet: [], municipality: undefined, organisations: ['vejle'] })
    expect((await publish(id, { criteriaOverride: 'National pilot, criteria reviewed by the board.' })).statusCode).toBe(200)
    expect(await statusOf(id)).toBe('published')
  })
  it('keeps a published practice from losing what publishing required', async () => {
    const id = await inReview({ criteriaMet: ['clear-goals'] })
    expect((await publish(id)).statusCode).toBe(200)
    const res = await app.inject({ method: 'PATCH', url: `/api/practices/${id}?locale=en`, headers: session, payload: { criteriaMet: [] } })
    expect(res.statusCode).toBe(400)
    expect(fieldErrors(res.body).map((e) => e.path)).toEqual(['criteriaMet'])
  })
})

describe('the organisation a submitter proposed', () => {
  it('is kept in its own field, visible to editors only', async () => {
    const id = await inReview({}, { proposedOrganisation: 'Vejle Kommune' })
    expect((await t.payload.findByID({ collection: 'practices', id, overrideAccess: false, user: editor })).proposedOrganisation).toBe('Vejle Kommune')
    await t.payload.update({ collection: 'practices', id, data: { workflowStatus: 'published' }, overrideAccess: false, user: editor })
    expect((await t.payload.findByID({ collection: 'practices', id, overrideAccess: false, user: null })).proposedOrganisation).toBeUndefined()
  })
  it('is linked to the directory entry of the same name in one step, and the practice can then be published', async () => {
    const before = (await t.payload.count({ collection: 'organisations', overrideAccess: true })).totalDocs
    const id = await inReview({ municipality: undefined, organisations: [] }, { proposedOrganisation: 'vejle kommune ' })
    const res = await publish(id, { linkProposedOrganisation: true })
    expect(res.statusCode).toBe(200)
    const doc = await t.payload.findByID({ collection: 'practices', id, depth: 0, overrideAccess: true })
    expect(doc.organisations).toEqual([refs.organisations.get('vejle')])
    expect(doc.workflowStatus).toBe('published')
    expect((await t.payload.count({ collection: 'organisations', overrideAccess: true })).totalDocs).toBe(before)
  })
  it('is created in the directory with the practice’s country and type when no entry has its name', async () => {
    const id = await inReview({ municipality: undefined, organisations: [], actorType: 'ngo' }, { proposedOrganisation: 'Foreningen Nydansker' })
    const res = await app.inject({ method: 'PATCH', url: `/api/practices/${id}?locale=en`, headers: session, payload: { linkProposedOrganisation: true } })
    expect(res.statusCode).toBe(200)
    const created = await t.payload.find({ collection: 'organisations', where: { name: { equals: 'Foreningen Nydansker' } }, overrideAccess: true })
    expect(created.docs).toHaveLength(1)
    expect(created.docs[0]).toMatchObject({ country: 'DK', type: 'ngo', slug: 'foreningen-nydansker' })
    const doc = await t.payload.findByID({ collection: 'practices', id, depth: 0, overrideAccess: true })
    expect(doc.organisations).toEqual([created.docs[0].id])
    // Saving again with the box ticked does not make a second entry or link it twice.
    await app.inject({ method: 'PATCH', url: `/api/practices/${id}?locale=en`, headers: session, payload: { linkProposedOrganisation: true } })
    expect((await t.payload.count({ collection: 'organisations', where: { name: { equals: 'Foreningen Nydansker' } }, overrideAccess: true })).totalDocs).toBe(1)
    expect((await t.payload.findByID({ collection: 'practices', id, depth: 0, overrideAccess: true })).organisations).toEqual([created.docs[0].id])
  })
  it('is not linked when the box is not ticked', async () => {
    const id = await inReview({ organisations: [] }, { proposedOrganisation: 'Vejle Kommune' })
    await app.inject({ method: 'PATCH', url: `/api/practices/${id}?locale=en`, headers: session, payload: { region: 'Syddanmark' } })
    expect((await t.payload.findByID({ collection: 'practices', id, depth: 0, overrideAccess: true })).organisations).toEqual([])
  })
})

import { existsSync } from 'node:fs'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { Forbidden, type Payload, type TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { canTransition } from '../../src/features/workflow/transitions'
import { createOrganisation } from '../../src/seed/factories/create-organisation'
import { createPractice, type PracticeRefs } from '../../src/seed/factories/create-practice'
import { createReplication } from '../../src/seed/factories/create-replication'
import { buildApp } from '../../src/web/app'
import { createThemes, practiceSeed, samplePdf } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

let t: TestPayload
let payload: Payload
let app: FastifyInstance
let refs: PracticeRefs
const ids = new Map<string, number>()
let editor: TypedUser
const others = new Map<'admin' | 'moderator' | 'expert', TypedUser>()

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  const { themes } = await createThemes(payload)
  refs = { themes, organisations: new Map() }
  refs.organisations.set(
    'org-malmo',
    await createOrganisation(payload, {
      key: 'org-malmo',
      name: 'Malmö stad',
      type: 'municipality',
      country: 'SE',
      website: 'https://malmo.example',
      description: { sv: 'Kommunen.', en: 'The municipality.' },
    }),
  )
  const make = async (slug: string, overrides: Parameters<typeof practiceSeed>[0], state: 'published' | 'submitted' = 'published', extra = {}) =>
    ids.set(slug, await createPractice(payload, practiceSeed({ slug, ...overrides }), refs, state, extra))
  await make(
    'se-youth-jobs',
    { country: 'SE', targetGroups: ['youth'], themes: ['labour-market'], organisations: ['org-malmo'], evidenceLevel: 'proven' },
    'published',
    { submitter: { name: 'Sam Submitter', email: 'sam@test.example', locale: 'sv' } },
  )
  await make('se-housing-youth', { country: 'SE', municipality: 'Umeå', targetGroups: ['youth'], themes: ['housing'], runState: 'ended', endDate: '2023-01-01' })
  await make('dk-jobs', { country: 'DK', municipality: 'Vejle', targetGroups: ['labour-migrants'], themes: ['labour-market'] })
  await make('no-language', {
    country: 'NO',
    municipality: undefined,
    organisations: ['org-malmo'],
    targetGroups: ['youth'],
    themes: ['children-and-youth'],
    actorType: 'ngo',
    contact: { name: 'Public Person', role: 'Lead', email: 'public@test.example', consent: true },
    translations: { nb: practiceSeed().translations.sv! },
  })
  await make('secret-proposal', { country: 'SE' }, 'submitted')
  await createReplication(
    payload,
    { practiceSlug: 'dk-jobs', municipality: 'Lund', country: 'SE', startDate: '2024-01-01', language: 'sv', changes: 'Kortare kurs.', outcomes: 'Fler jobb.', reporter: { name: 'R', email: 'r@test.example' }, state: 'published' },
    ids,
  )
  await createReplication(
    payload,
    { practiceSlug: 'se-youth-jobs', municipality: 'Hidden', country: 'SE', startDate: '2024-01-01', language: 'sv', changes: 'x', outcomes: 'y', reporter: { name: 'R', email: 'r@test.example' }, state: 'submitted' },
    ids,
  )
  const user = await payload.create({ collection: 'users', data: { email: 'ed@test.example', password: 'editor-password', roles: ['editor'] }, overrideAccess: true })
  editor = { ...user, collection: 'users' } as TypedUser
  for (const role of ['admin', 'moderator', 'expert'] as const) {
    const u = await payload.create({ collection: 'users', data: { email: `${role}@test.example`, password: 'a-long-password', roles: [role] }, overrideAccess: true })
    others.set(role, { ...u, collection: 'users' } as TypedUser)
  }
  app = await buildApp({ payload, env: t.env })
})

afterAll(async () => {
  await app?.close()
  await t?.cleanup()
})

const get = (url: string) => app.inject({ method: 'GET', url })
const count = (body: string, label: string) => new RegExp(`>${label} \\((\\d+)\\)<`).exec(body)?.[1]

describe('the idea bank list', () => {
  it('lists only published practices, with facet counts', async () => {
    const res = await get('/en/practices')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('4 practices')
    expect(res.body).not.toContain('secret-proposal')
    expect(count(res.body, 'Sweden')).toBe('2')
    expect(count(res.body, 'Young people')).toBe('3')
    expect(count(res.body, 'Replicated at least once')).toBe('1')
  })
  it('combines facets: AND across, OR within, counts per facet without its own filter', async () => {
    const res = await get('/en/practices?country=SE&country=NO&target=youth&theme=labour-market')
    expect(res.body).toContain('1 practice<')
    expect(res.body).toContain('/en/practices/se-youth-jobs')
    // Country counts keep the youth + labour-market filters but not the country filter.
    expect(count(res.body, 'Sweden')).toBe('1')
    expect(count(res.body, 'Denmark')).toBeUndefined()
    // Theme counts keep country and target group.
    expect(count(res.body, 'Housing')).toBe('1')
  })
  it('filters ended practices, replicated ones and free text', async () => {
    expect((await get('/en/practices?status=ended')).body).toContain('/en/practices/se-housing-youth')
    const replicated = await get('/en/practices?replicated=1')
    expect(replicated.body).toContain('1 practice<')
    expect(replicated.body).toContain('/en/practices/dk-jobs')
  })
  it('keeps the state in the URL and rejects values outside the vocabularies', async () => {
    const res = await get('/en/practices?country=SE&sort=title')
    expect(res.body).toMatch(/<input type="checkbox" id="f-country-SE" name="country" value="SE" checked>/)
    expect((await get('/en/practices?country=XX')).statusCode).toBe(400)
    expect((await get('/en/practices?theme=%3Cscript%3E')).statusCode).toBe(400)
    expect((await get('/en/practices?sort=random')).statusCode).toBe(400)
    expect((await get(`/en/practices?q=${'x'.repeat(201)}`)).statusCode).toBe(400)
  })
})

describe('a practice page', () => {
  it('shows the sections, organisations, replications and JSON-LD', async () => {
    const res = await get('/en/practices/dk-jobs')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('<script type="application/ld+json">')
    expect(res.body).toContain('How it works')
    expect(res.body).toContain('Lund, Sweden')
    const withOrg = await get('/en/practices/se-youth-jobs')
    expect(withOrg.body).toContain('href="/en/organisations/org-malmo"')
    // A replication report still in review is not shown.
    expect(withOrg.body).not.toContain('Hidden')
  })
  it('shows contact details only with consent', async () => {
    expect((await get('/en/practices/dk-jobs')).body).not.toContain('anna@test.example')
    expect((await get('/en/practices/no-language')).body).toContain('public@test.example')
  })
  it('falls back with a notice and lang for a practice not in the reader language', async () => {
    const res = await get('/sv/practices/no-language')
    expect(res.body).toContain('Det visas på norska')
    expect(res.body).toMatch(/<article class="practice" lang="nb">/)
  })
  it('keeps unpublished practices unreachable', async () => {
    expect((await get('/en/practices/secret-proposal')).statusCode).toBe(404)
    const sitemap = (await get('/sitemap.xml')).body
    expect(sitemap).toContain('/en/practices/dk-jobs')
    expect(sitemap).not.toContain('secret-proposal')
  })
  it('serves an attachment from local disk only while its practice is published', async () => {
    const pdf = samplePdf
    const file = { data: pdf, name: 'disk-report.pdf', mimetype: 'application/pdf', size: pdf.length }
    const attachment = await payload.create({ collection: 'attachments', data: { title: 'Report' }, file, overrideAccess: true })
    expect(existsSync(path.join(t.env.dataDir, 'attachments', attachment.filename!))).toBe(true)
    const made = [
      await createPractice(payload, practiceSeed({ slug: 'with-file' }), refs, 'published', { attachments: [attachment.id] }),
      await createPractice(payload, practiceSeed({ slug: 'with-file-draft' }), refs, 'submitted', { attachments: [attachment.id] }),
    ]
    const published = await get(`/en/practices/with-file/files/${attachment.id}`)
    expect(published.statusCode).toBe(200)
    expect(published.rawPayload.equals(pdf)).toBe(true)
    expect((await get(`/en/practices/with-file-draft/files/${attachment.id}`)).statusCode).toBe(404)
    // Later tests count the published practices.
    for (const id of made) await payload.delete({ collection: 'practices', id, overrideAccess: true })
  })
})

describe('the organisations directory', () => {
  it('lists and filters organisations and links their practices', async () => {
    const list = await get('/en/organisations?country=SE&type=municipality')
    expect(list.body).toContain('Malmö stad')
    expect((await get('/en/organisations?country=DK')).body).not.toContain('Malmö stad')
    expect((await get('/en/organisations?type=bogus')).statusCode).toBe(400)
    const detail = await get('/en/organisations/org-malmo')
    expect(detail.body).toContain('/en/practices/se-youth-jobs')
  })
})

describe('access across roles (Local API, as REST and GraphQL use it)', () => {
  const slugs = async (user: TypedUser | null) =>
    (await payload.find({ collection: 'practices', overrideAccess: false, user, pagination: false })).docs.map((d) => d.slug).sort()
  it('anonymous readers, moderators and experts see published practices only; editors and admins everything', async () => {
    for (const who of [null, others.get('moderator')!, others.get('expert')!]) expect(await slugs(who)).not.toContain('secret-proposal')
    for (const who of [editor, others.get('admin')!]) expect(await slugs(who)).toContain('secret-proposal')
  })
  it('unpublished replication reports follow the same rule', async () => {
    const seen = async (user: TypedUser | null) =>
      (await payload.find({ collection: 'replications', overrideAccess: false, user, pagination: false })).docs.map((d) => d.municipality)
    expect(await seen(null)).toEqual(['Lund'])
    expect(await seen(others.get('moderator')!)).toEqual(['Lund'])
    expect((await seen(editor)).sort()).toEqual(['Hidden', 'Lund'])
  })
  it('hides submitter details and review notes from anonymous readers', async () => {
    const id = ids.get('se-youth-jobs')!
    // The stored practice has a submitter, a note and a history entry (created as published) …
    await payload.update({ collection: 'practices', id, data: { workflowNote: 'Internal remark.' }, overrideAccess: false, user: editor })
    const asEditor = await payload.findByID({ collection: 'practices', id, overrideAccess: false, user: editor })
    expect(asEditor.submitter).toMatchObject({ name: 'Sam Submitter', email: 'sam@test.example' })
    expect(asEditor.workflowNote).toBe('Internal remark.')
    expect(asEditor.history?.length).toBe(1)
    expect(asEditor.waitingDays).toBe(0)
    // … and readers get none of it.
    const doc = await payload.findByID({ collection: 'practices', id, overrideAccess: false, user: null })
    expect(doc.title).toBeTruthy()
    expect(doc.submitter).toBeUndefined()
    expect(doc.workflowNote).toBeUndefined()
    expect(doc.history ?? []).toEqual([])
    expect(doc.waitingDays).toBeUndefined()
    expect(JSON.stringify(doc)).not.toContain('sam@test.example')
  })
})

describe('workflow', () => {
  it('records who moved a submission and when, and refuses skipping review', async () => {
    const id = ids.get('secret-proposal')!
    await expect(
      payload.update({ collection: 'practices', id, data: { workflowStatus: 'published' }, overrideAccess: false, user: editor }),
    ).rejects.toThrow('The following field is invalid: workflowStatus')
    await payload.update({ collection: 'practices', id, data: { workflowStatus: 'in-review' }, overrideAccess: false, user: editor })
    await expect(
      payload.update({ collection: 'practices', id, data: { workflowStatus: 'changes-requested' }, overrideAccess: false, user: editor }),
    ).rejects.toThrow(/workflowNote/)
    const published = await payload.update({
      collection: 'practices',
      id,
      data: { workflowStatus: 'published', workflowNote: 'Looks good.' },
      overrideAccess: false,
      user: editor,
    })
    const history = published.history ?? []
    expect(history.map((h) => h.to)).toEqual(['submitted', 'in-review', 'published'])
    expect(history.at(-1)).toMatchObject({ from: 'in-review', by: 'ed@test.example', note: 'Looks good.' })
    // Now public, and the list knows at once.
    expect((await get('/en/practices/secret-proposal')).statusCode).toBe(200)
    expect((await get('/en/practices')).body).toContain('5 practices')
  })
  it('does not let anonymous readers, moderators or experts write', async () => {
    const id = ids.get('dk-jobs')!
    // A change an editor may make (published → in-review is a legal move), so only access can refuse it.
    const change = { workflowStatus: 'in-review' as const, municipality: 'Changed' }
    expect(canTransition('published', 'in-review', 'editor')).toBe(true)
    for (const user of [null, others.get('moderator')!, others.get('expert')!]) {
      const who = user?.email ?? 'anonymous'
      await expect(payload.update({ collection: 'practices', id, data: change, overrideAccess: false, user }), who).rejects.toThrow(Forbidden)
      await expect(payload.delete({ collection: 'practices', id, overrideAccess: false, user }), who).rejects.toThrow(Forbidden)
      await expect(
        payload.create({ collection: 'practices', locale: 'en', data: { title: 'x', summary: 'x', slug: 'x', country: 'SE', originalLanguage: 'en', workflowStatus: 'submitted' }, overrideAccess: false, user }),
        who,
      ).rejects.toThrow(Forbidden)
    }
    expect(await payload.findByID({ collection: 'practices', id, overrideAccess: true })).toMatchObject({ workflowStatus: 'published', municipality: 'Vejle' })
    // The same change by an editor goes through (and is undone), so the refusal above was access alone.
    await payload.update({ collection: 'practices', id, data: change, overrideAccess: false, user: editor })
    const undone = await payload.update({ collection: 'practices', id, data: { workflowStatus: 'published', municipality: 'Vejle' }, overrideAccess: false, user: editor })
    expect(undone).toMatchObject({ workflowStatus: 'published', municipality: 'Vejle' })
  })
  it('lets an editor work in any admin language on a practice written in another one', async () => {
    // no-language exists only in Norwegian; saving from the English admin must still work.
    const doc = await payload.update({
      collection: 'practices',
      id: ids.get('no-language')!,
      locale: 'en',
      data: { criteriaMet: ['clear-goals', 'transferable'] },
      overrideAccess: false,
      user: editor,
    })
    expect(doc.criteriaMet).toEqual(['clear-goals', 'transferable'])
    // But a practice always needs its title in its original language.
    await expect(
      payload.create({ collection: 'practices', locale: 'sv', data: { title: '', summary: 'x', slug: 'no-title', country: 'SE', originalLanguage: 'sv', workflowStatus: 'submitted' }, overrideAccess: false, user: editor }),
    ).rejects.toThrow(/Title/)
  })
  it('shows editors how long an item has waited', async () => {
    const doc = await payload.findByID({ collection: 'practices', id: ids.get('dk-jobs')!, overrideAccess: false, user: editor })
    expect(doc.waitingDays).toBe(0)
  })
})

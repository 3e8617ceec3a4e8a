import { randomBytes } from 'node:crypto'
import type { TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countCollections } from '../../src/features/dashboard/count-collections'
import { listReviewQueue } from '../../src/features/dashboard/review-queue'
import { listMissingTranslations } from '../../src/features/dashboard/translation-queue'
import { createPractice, type PracticeRefs } from '../../src/seed/factories/create-practice'
import { createOrganisation } from '../../src/seed/factories/create-organisation'
import { createReplication } from '../../src/seed/factories/create-replication'
import { createNews, createThemes, newsSeed, practiceSeed } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

// Issue 8: the dashboard's review queue (waiting submissions by state and age, oldest first, with
// their language) and translation queue (documents missing a language), read as the editor.
let t: TestPayload
let refs: PracticeRefs
let editor: TypedUser
let moderator: TypedUser
let admin: TypedUser
const ids = new Map<string, number>()

const user = async (email: string, role: 'editor' | 'moderator' | 'admin'): Promise<TypedUser> =>
  ({ ...(await t.payload.create({ collection: 'users', data: { email, password: 'a-long-password', roles: [role] }, overrideAccess: true })), collection: 'users' }) as TypedUser

/** Backdates a document's arrival, as if it had waited `days`. */
async function arrived(collection: 'practices' | 'replications', id: number, days: number): Promise<void> {
  const at = new Date(Date.now() - days * 86_400_000).toISOString()
  await t.payload.db.updateOne({ collection, id, data: { createdAt: at, history: [{ id: randomBytes(12).toString('hex'), to: 'submitted', by: 'submitter', at }] } })
}

beforeAll(async () => {
  t = await startTestPayload()
  refs = { themes: (await createThemes(t.payload)).themes, organisations: new Map() }
  const make = async (slug: string, state: 'published' | 'submitted' | 'in-review', overrides: Parameters<typeof practiceSeed>[0] = {}, extra = {}) =>
    ids.set(slug, await createPractice(t.payload, practiceSeed({ slug, ...overrides }), refs, state, extra))
  const text = practiceSeed().translations.sv!
  await make('danish-proposal', 'submitted', { originalLanguage: 'da', translations: { da: { ...text, title: 'Lektiehjælp i Aarhus' } } }, { submitter: { name: 'D', email: 'd@test.example', locale: 'da' } })
  await make('old-proposal', 'submitted', { originalLanguage: 'fi', translations: { fi: { ...text, title: 'Vanha ehdotus' } } })
  await make('reviewing', 'in-review', { translations: { sv: { ...text, title: 'Under granskning' } } })
  await make('published-sv-only', 'published', { translations: { sv: { ...text, title: 'Bara på svenska' } } })
  await make('published-both', 'published')
  ids.set('report', await createReplication(t.payload, { practiceSlug: 'published-both', municipality: 'Lund', country: 'SE', startDate: '2024-01-01', language: 'sv', changes: 'x', outcomes: 'y', reporter: { name: 'R', email: 'r@test.example' }, state: 'submitted' }, ids))
  await arrived('practices', ids.get('old-proposal')!, 30)
  await arrived('practices', ids.get('danish-proposal')!, 10)
  await arrived('replications', ids.get('report')!, 20)
  await createNews(t.payload, newsSeed({ slug: 'news-sv-en' }), { themes: refs.themes, images: new Map() })
  // Organisations: their name is one for all languages; their description is what gets translated.
  await createOrganisation(t.payload, { key: 'org-fi-sv', name: 'Turun kaupunki', type: 'municipality', country: 'FI', website: 'https://turku.example', description: { fi: 'Kunta.', sv: 'Kommun.' } })
  await createOrganisation(t.payload, { key: 'org-da', name: 'Aarhus Kommune', type: 'municipality', country: 'DK', website: 'https://aarhus.example', description: { da: 'Kommune.' } })
  editor = await user('ed@test.example', 'editor')
  moderator = await user('mod@test.example', 'moderator')
  admin = await user('admin@test.example', 'admin')
})

afterAll(async () => {
  await t?.cleanup()
})

describe('the review queue', () => {
  it('lists waiting submissions oldest first, with their state, age and language, titled in the editor’s admin language', async () => {
    const queue = await listReviewQueue(t.payload, editor, 'en')
    expect(queue.items.map((i) => [i.collection, i.title, i.state, i.language, i.days])).toEqual([
      ['practices', 'Vanha ehdotus [fi]', 'submitted', 'fi', 30],
      ['replications', 'Lund', 'submitted', 'sv', 20],
      ['practices', 'Lektiehjælp i Aarhus [da]', 'submitted', 'da', 10],
      ['practices', 'Under granskning [sv]', 'in-review', 'sv', 0],
    ])
    expect(queue.counts).toEqual({ submitted: 3, 'in-review': 1, 'changes-requested': 0 })
  })
  it('shows nothing to a user who may not read submissions', async () => {
    expect((await listReviewQueue(t.payload, moderator, 'en')).items).toEqual([])
  })
})

describe('the translation queue', () => {
  it('lists the published documents that have no text in the chosen language, with the languages they have', async () => {
    const missingEn = await listMissingTranslations(t.payload, editor, 'en', 'en')
    expect(missingEn.map((d) => [d.collection, d.title, d.languages])).toEqual([
      ['practices', 'Bara på svenska [sv]', ['sv']],
      ['organisations', 'Aarhus Kommune', ['da']],
      ['organisations', 'Turun kaupunki', ['sv', 'fi']],
    ])
    const missingFi = await listMissingTranslations(t.payload, editor, 'fi', 'sv')
    const titles = missingFi.map((d) => `${d.collection}:${d.title}`)
    expect(titles).toContain('practices:Bara på svenska')
    expect(titles.filter((x) => x.startsWith('news:Svensk nyhet'))).toHaveLength(1)
    expect(titles.some((x) => x.includes('Vanha ehdotus') || x.includes('Lektiehjælp'))).toBe(false)
  })
  it('lists organisations whose description lacks the chosen language, by name, with the languages their description has', async () => {
    const missingFi = await listMissingTranslations(t.payload, editor, 'fi', 'en')
    expect(missingFi.filter((d) => d.collection === 'organisations').map((d) => [d.title, d.languages])).toEqual([['Aarhus Kommune', ['da']]])
    const missingDa = await listMissingTranslations(t.payload, editor, 'da', 'en')
    expect(missingDa.filter((d) => d.collection === 'organisations').map((d) => [d.title, d.languages])).toEqual([['Turun kaupunki', ['sv', 'fi']]])
  })
})

describe('the document counts', () => {
  const slugs = ['practices', 'replications', 'news', 'users', 'no-such-collection']
  const asMap = async (u: TypedUser) => Object.fromEntries((await countCollections(t.payload, u, slugs)).map((c) => [c.collection, c.count]))

  it('counts, per collection, the documents the user may read, with the user’s own access', async () => {
    // The editor reads every practice (3 waiting, 2 published) and report, but only their own account.
    expect(await asMap(editor)).toEqual({ practices: 5, replications: 1, news: 1, users: 1 })
    // A moderator reads only what is published; the admin reads every account.
    expect(await asMap(moderator)).toEqual({ practices: 2, replications: 0, news: 1, users: 1 })
    expect((await asMap(admin)).users).toBe(3)
  })
})

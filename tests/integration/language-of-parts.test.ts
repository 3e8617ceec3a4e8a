import type { FastifyInstance } from 'fastify'
import type { Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashToken } from '../../src/features/workflow/private-link'
import { createOrganisation } from '../../src/seed/factories/create-organisation'
import { createPractice, type PracticeRefs } from '../../src/seed/factories/create-practice'
import { createReplication } from '../../src/seed/factories/create-replication'
import { buildApp } from '../../src/web/app'
import { createNews, createThemes, newsSeed, practiceSeed } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

// Issue 15 (Language of Parts) and issue 8 (languages on lists): text kept in the record's language
// carries its lang on pages in other languages; lists filter to the reader's language and name the
// languages each document exists in.

let t: TestPayload
let payload: Payload
let app: FastifyInstance
const ids = new Map<string, number>()
const token = 'Tok3n_for-the-language-test-0001'

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  const newsRefs = await createThemes(payload)
  const refs: PracticeRefs = { themes: newsRefs.themes, organisations: new Map() }
  refs.organisations.set('org-da', await createOrganisation(payload, { key: 'org-da', name: 'Vejle Kommune', type: 'municipality', country: 'DK', website: 'https://vejle.example', description: { da: 'Kommunen.' } }))
  refs.organisations.set('org-fi', await createOrganisation(payload, { key: 'org-fi', name: 'Vantaan kaupunki', type: 'municipality', country: 'FI', website: 'https://vantaa.example', description: { fi: 'Kaupunki.' } }))
  const danish = practiceSeed().translations.sv!
  ids.set(
    'da-fast-track',
    await createPractice(
      payload,
      practiceSeed({
        slug: 'da-fast-track',
        country: 'DK',
        municipality: 'Vejle',
        originalLanguage: 'da',
        partners: 'Sprogcenter Vejle og lokale virksomheder',
        contact: { name: 'Mette Holm', role: 'Teamleder, virksomhedsservice', email: 'mette@test.example', consent: true },
        links: [{ label: 'Evalueringsrapport', url: 'https://vejle.example/rapport' }],
        translations: { da: { ...danish, title: 'Hurtigspor til job' }, en: { ...danish, title: 'Fast track to jobs' } },
      }),
      refs,
    ),
  )
  ids.set('fi-only', await createPractice(payload, practiceSeed({ slug: 'fi-only', country: 'FI', originalLanguage: 'fi', translations: { fi: { ...danish, title: 'Terveyslukutaito' } } }), refs))
  await createReplication(
    payload,
    { practiceSlug: 'da-fast-track', municipality: 'Lund', country: 'SE', startDate: '2024-01-01', language: 'sv', changes: 'Kortare praktik.', outcomes: 'Fler jobb.', reporter: { name: 'R', email: 'r@test.example' }, state: 'published' },
    ids,
  )
  // A Danish proposal with a private link, sent back with a note.
  const proposalId = await createPractice(
    payload,
    practiceSeed({ slug: 'da-proposal', originalLanguage: 'da', translations: { da: { ...danish, title: 'Sprogcafé i Odense' } } }),
    refs,
    'submitted',
    { submitter: { name: 'S', email: 's@test.example', locale: 'da', tokenHash: hashToken(token), reference: 'IB-2026-0001' } },
  )
  const u = await payload.create({ collection: 'users', data: { email: 'ed@test.example', password: 'editor-password', roles: ['editor'] }, overrideAccess: true })
  const editor = { ...u, collection: 'users' } as TypedUser
  await payload.update({ collection: 'practices', id: proposalId, locale: 'da', data: { workflowStatus: 'in-review' }, overrideAccess: true, user: editor })
  await payload.update({
    collection: 'practices',
    id: proposalId,
    locale: 'da',
    data: { workflowStatus: 'changes-requested', workflowNote: 'Skriv mere om resultaterne.' },
    overrideAccess: true,
    user: editor,
  })
  await createNews(payload, newsSeed({ slug: 'both', translations: { sv: { title: 'Svensk nyhet', summary: 'S.', body: [] }, en: { title: 'English news', summary: 'E.', body: [] } } }), newsRefs)
  await createNews(payload, newsSeed({ slug: 'nb-only', translations: { nb: { title: 'Kun på norsk', summary: 'N.', body: [] } } }), newsRefs)
  app = await buildApp({ payload, env: t.env })
})

afterAll(async () => {
  await app?.close()
  await t?.cleanup()
})

const get = (url: string) => app.inject({ method: 'GET', url })
/** Elements marked Danish, leaving out the page itself and the language switcher's own link. */
const markedDanish = (body: string) => body.replace('<html lang="da"', '').match(/<[^>]* lang="da"(?! hreflang)[^>]*>/g) ?? []

describe('a practice shown in another language than its own', () => {
  it('marks the partners, the contact’s role and the link labels with the original language', async () => {
    const res = await get('/fi/practices/da-fast-track')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('<span lang="da">Sprogcenter Vejle og lokale virksomheder</span>')
    expect(res.body).toContain('Mette Holm, <span lang="da">Teamleder, virksomhedsservice</span>')
    expect(res.body).toContain('<a href="https://vejle.example/rapport" rel="noopener noreferrer"><span lang="da">Evalueringsrapport</span></a>')
  })

  it('leaves them unmarked on a page in their own language', async () => {
    const res = await get('/da/practices/da-fast-track')
    expect(res.body).toContain('<dd>Sprogcenter Vejle og lokale virksomheder</dd>')
    expect(res.body).toContain('Mette Holm, Teamleder, virksomhedsservice')
    expect(res.body).toContain('rel="noopener noreferrer">Evalueringsrapport</a>')
    // Danish is marked only where it sits inside another language (the Swedish report, a Finnish card).
    expect(markedDanish(res.body)).not.toContain('<span lang="da">')
  })

  it('marks a replication report with the report’s language, and its reader-language labels with the page’s', async () => {
    const fi = await get('/fi/practices/da-fast-track')
    expect(fi.body).toMatch(/<li lang="sv">\s*<p lang="fi"><strong>[^<]*Lund/)
    expect(fi.body).toMatch(/<span class="label" lang="fi">[^<]*:<\/span> Kortare praktik\./)
    const sv = await get('/sv/practices/da-fast-track')
    expect(sv.body).toMatch(/<li>\s*<p><strong>[^<]*Lund/)
  })
})

describe('the private status page in another language than the submission', () => {
  it('marks the title, the editors’ notes and the texts to edit with the submission’s language', async () => {
    const res = await get(`/fi/submissions/${token}`)
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('<dd lang="da">Sprogcafé i Odense</dd>')
    expect(res.body).toContain('<p lang="da">Skriv mere om resultaterne.</p>')
    expect(res.body).toMatch(/<span class="history-note">[^<]*: <span lang="da">Skriv mere om resultaterne\.<\/span>/)
    expect(res.body).toMatch(/<textarea id="f-summary" name="summary"[^>]* lang="da"/)
  })

  it('does not mark them in the submission’s own language', async () => {
    const res = await get(`/da/submissions/${token}`)
    expect(res.body).toContain('<dd>Sprogcafé i Odense</dd>')
    expect(markedDanish(res.body)).toEqual([])
  })
})

describe('only in my language', () => {
  it('keeps the idea bank to practices in the reader’s language, with the other filters and in the pagination state', async () => {
    const all = await get('/fi/practices')
    expect(all.body).toContain('/fi/practices/da-fast-track')
    const mine = await get('/fi/practices?lang=mine')
    expect(mine.statusCode).toBe(200)
    expect(mine.body).toContain('/fi/practices/fi-only')
    expect(mine.body).not.toContain('/fi/practices/da-fast-track')
    expect(mine.body).toContain('<input type="checkbox" id="f-lang-mine" name="lang" value="mine" checked>')
    // With another filter: Denmark has no practice in Finnish.
    expect((await get('/fi/practices?lang=mine&country=DK')).body).not.toContain('/fi/practices/da-fast-track')
    expect((await get('/da/practices?lang=mine&country=DK')).body).toContain('/da/practices/da-fast-track')
  })

  it('filters news by the reader’s language in the database query', async () => {
    const sv = await get('/sv/news?lang=mine')
    expect(sv.body).toContain('Svensk nyhet')
    expect(sv.body).not.toContain('Kun på norsk')
    expect((await get('/sv/news')).body).toContain('Kun på norsk')
  })

  it('keeps organisations to those described in the reader’s language', async () => {
    const fi = await get('/fi/organisations?lang=mine')
    expect(fi.body).toContain('Vantaan kaupunki')
    expect(fi.body).not.toContain('Vejle Kommune')
    expect((await get('/fi/organisations')).body).toContain('Vejle Kommune')
  })

  it('offers the filter on the themes list', async () => {
    const res = await get('/en/themes?lang=mine')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('name="lang" value="mine" checked')
  })

  it('refuses any other value', async () => {
    for (const path of ['/en/practices', '/en/news', '/en/organisations', '/en/themes']) {
      expect((await get(`${path}?lang=all`)).statusCode, path).toBe(400)
    }
  })
})

describe('cards name the languages a document exists in', () => {
  it('lists them compactly, with a sentence for screen readers in the reader’s language', async () => {
    const res = await get('/fi/practices')
    // The card is shown in English (fi → sv → en); its language line is marked Finnish.
    expect(res.body).toMatch(/<li class="card" lang="en">[\s\S]*?Fast track to jobs[\s\S]*?<p class="meta card-languages" lang="fi"><span aria-hidden="true">da · en<\/span><span class="visually-hidden">Saatavilla kielillä tanska ja englanti<\/span><\/p>/)
  })

  it('says on the card when it will be shown in another language', async () => {
    const res = await get('/sv/news')
    expect(res.body).toMatch(/<li class="card" lang="nb">[\s\S]*?Kun på norsk[\s\S]*?<p class="meta" lang="sv">[\s\S]*?på norska/)
    expect(res.body).toContain('<span aria-hidden="true">nb</span>')
  })
})

describe('the languages help page', () => {
  it('writes out every reader’s fallback chain in the reader’s language', async () => {
    const res = await get('/en/languages')
    expect(res.statusCode).toBe(200)
    expect(res.body).toMatch(/<th scope="row">Finnish<\/th><td><ol class="chain"><li>Finnish<\/li><li>Swedish<\/li><li>English<\/li>/)
    expect((await get('/is/languages')).statusCode).toBe(200)
  })
})

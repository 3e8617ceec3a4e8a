import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sendSubmitterEmail } from '../../src/features/workflow/emails'
import { createOrganisation } from '../../src/seed/factories/create-organisation'
import { createPage } from '../../src/seed/factories/create-page'
import { createPractice, type PracticeRefs } from '../../src/seed/factories/create-practice'
import { createReplication } from '../../src/seed/factories/create-replication'
import { buildApp } from '../../src/web/app'
import { createNews, createThemes, newsSeed, practiceSeed } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

let t: TestPayload
let payload: Payload
let app: FastifyInstance
let refs: PracticeRefs
const ids = new Map<string, number>()

const get = (url: string) => app.inject({ method: 'GET', url })
const sectionIds = ['home-search', 'home-by-theme', 'home-by-country', 'home-featured', 'home-recent', 'current-theme', 'latest-news']
/** The markup of the home page's section labelled by `id` (up to its closing tag). */
const section = (body: string, id: string) => new RegExp(`<section[^>]*aria-labelledby="${id}"[\\s\\S]*?</section>`).exec(body)?.[0] ?? ''

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  const { themes } = await createThemes(payload)
  refs = { themes, organisations: new Map() }
  app = await buildApp({ payload, env: t.env })
})

afterAll(async () => {
  await app?.close()
  await t?.cleanup()
})

describe('the home page without content', () => {
  it('shows no section that would be empty: no search, entries, practices, theme or news', async () => {
    const res = await get('/en/')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('<h1>Nordic Integration Clearinghouse</h1>')
    for (const id of sectionIds) expect(res.body).not.toContain(`id="${id}"`)
  })
})

describe('the home page as a hub', () => {
  beforeAll(async () => {
    // Visited once while empty (above): the page cache must drop it when content arrives.
    const make = async (slug: string, overrides: Parameters<typeof practiceSeed>[0]) =>
      ids.set(slug, await createPractice(payload, practiceSeed({ slug, ...overrides }), refs, 'published'))
    await make('se-jobs', { country: 'SE', themes: ['labour-market'] })
    await make('se-housing', { country: 'SE', themes: ['housing'] })
    await make('dk-jobs', {
      country: 'DK',
      municipality: 'Vejle',
      themes: ['labour-market'],
      translations: { en: { ...practiceSeed().translations.en!, title: 'Jobs <b>&</b> "trust"' } },
    })
    await createReplication(
      payload,
      { practiceSlug: 'se-housing', municipality: 'Lund', country: 'SE', startDate: '2024-01-01', language: 'sv', changes: 'Kortare.', outcomes: 'Fler.', reporter: { name: 'R', email: 'r@test.example' }, state: 'published' },
      ids,
    )
    await createNews(payload, newsSeed({ slug: 'home-news' }), { themes: refs.themes, images: new Map() })
    await payload.updateGlobal({ slug: 'site-settings', data: { currentTheme: refs.themes.get('housing') }, overrideAccess: true })
  })

  it('shows every section once there is content for it', async () => {
    const res = await get('/en/')
    for (const id of sectionIds) expect(res.body).toContain(`id="${id}"`)
  })

  it("searches with the idea bank's own text parameter (q), which finds the practice", async () => {
    const search = section((await get('/en/')).body, 'home-search')
    expect(search).toMatch(/<form role="search" method="get" action="\/en\/practices"/)
    expect(search).toContain('name="q"')
    expect(search).toContain('Browse all 3 practices in the idea bank')
    const found = await get('/en/practices?q=trust')
    expect(found.body).toContain('href="/en/practices/dk-jobs"')
    expect(found.body).not.toContain('href="/en/practices/se-jobs"')
  })

  it('enters the idea bank by theme and by country, with the counts the filtered list then shows', async () => {
    const body = (await get('/en/')).body
    const byTheme = section(body, 'home-by-theme')
    expect(byTheme).toMatch(/href="\/en\/practices\?theme=labour-market"><span>Labour market<\/span> <span class="entry-count">2 practices<\/span>/)
    expect(byTheme).toMatch(/href="\/en\/practices\?theme=housing"><span>Housing<\/span> <span class="entry-count">1 practice<\/span>/)
    // Themes without practices lead nowhere: not listed.
    expect(byTheme).not.toContain('theme=children-and-youth')
    const byCountry = section(body, 'home-by-country')
    expect(byCountry).toMatch(/href="\/en\/practices\?country=SE">Sweden <span class="entry-count">2 practices<\/span>/)
    expect(byCountry).toMatch(/href="\/en\/practices\?country=DK">Denmark <span class="entry-count">1 practice<\/span>/)
    expect(byCountry).not.toContain('country=NO')
    // Step two: the filtered idea bank lists the practice (a third step opens it).
    const filtered = await get('/en/practices?theme=labour-market')
    expect(filtered.statusCode).toBe(200)
    expect(filtered.body).toContain('2 practices')
    expect(filtered.body).toContain('href="/en/practices/se-jobs"')
    expect(filtered.body).not.toContain('href="/en/practices/se-housing"')
  })

  it('features the practice taken up elsewhere and lists the others as recent, none twice', async () => {
    const body = (await get('/en/')).body
    const featured = section(body, 'home-featured')
    expect(featured).toContain('href="/en/practices/se-housing"')
    expect(featured).not.toContain('href="/en/practices/se-jobs"')
    const recent = section(body, 'home-recent')
    expect(recent).toContain('href="/en/practices/se-jobs"')
    expect(recent).toContain('href="/en/practices/dk-jobs"')
    expect(recent).not.toContain('href="/en/practices/se-housing"')
  })

  it('escapes practice titles', async () => {
    const body = (await get('/en/')).body
    expect(body).toContain('Jobs &lt;b&gt;&amp;&lt;/b&gt; &quot;trust&quot;')
    expect(body).not.toContain('<b>&</b>')
  })

  it('shows the current theme and the latest news, and the sections in their registered order', async () => {
    const body = (await get('/sv/')).body
    expect(section(body, 'current-theme')).toContain('href="/sv/themes/housing"')
    expect(section(body, 'latest-news')).toContain('href="/sv/news/home-news"')
    const positions = sectionIds.map((id) => body.indexOf(`id="${id}"`))
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
    expect(body).toContain('<h2 id="home-search">Hitta ett arbetssätt</h2>')
  })
})

describe('breadcrumbs on detail pages', () => {
  beforeAll(async () => {
    // Without a website (the seed type requires one), as an editor may leave it.
    await payload.create({ collection: 'organisations', locale: 'da', data: { slug: 'org-a', name: 'Aarhus Kommune', type: 'municipality', country: 'DK', description: 'Kommunen.' }, overrideAccess: true })
    ids.set(
      'nb-only',
      await createPractice(payload, practiceSeed({ slug: 'nb-only', country: 'NO', translations: { nb: { ...practiceSeed().translations.sv!, title: 'Bare på norsk' } } }), refs, 'published'),
    )
    const text = { title: 'About us', summary: 'Who we are.', body: [{ type: 'p' as const, text: 'We are.' }] }
    await createPage(payload, { slug: 'about', translations: { sv: text, nb: text, da: text, fi: text, is: text, en: text } })
  })

  const trail = (body: string) => /<nav class="breadcrumbs" aria-label="Breadcrumb">\s*<ol>([\s\S]*?)<\/ol>\s*<\/nav>/.exec(body)?.[1] ?? ''

  it.each([
    ['/en/practices/se-jobs', '/en/practices', 'Idea bank'],
    ['/en/news/home-news', '/en/news', 'News'],
    ['/en/themes/housing', '/en/themes', 'Themes'],
    ['/en/organisations/org-a', '/en/organisations', 'Organisations'],
  ])('%s: home, its section, then the page itself as the current one', async (url, parent, parentLabel) => {
    const res = await get(url)
    expect(res.statusCode).toBe(200)
    const items = trail(res.body).match(/<li>[\s\S]*?<\/li>/g) ?? []
    expect(items).toHaveLength(3)
    expect(items[0]).toBe('<li><a href="/en/">Home</a></li>')
    expect(items[1]).toBe(`<li><a href="${parent}">${parentLabel}</a></li>`)
    expect(items[2]).toMatch(/^<li><span aria-current="page">[^<]+<\/span><\/li>$/)
  })

  it('gives a page under the home page a two-step trail', async () => {
    const items = trail((await get('/en/about')).body).match(/<li>[\s\S]*?<\/li>/g) ?? []
    expect(items).toEqual(['<li><a href="/en/">Home</a></li>', '<li><span aria-current="page">About us</span></li>'])
  })

  it('marks the current title with its language when it is shown in a fallback language', async () => {
    expect(trail((await get('/en/practices/nb-only')).body)).toContain('<span aria-current="page" lang="nb">Bare på norsk</span>')
  })
})

describe('contents of long practice pages', () => {
  it('links every text section of a long practice, in order, to an element that exists', async () => {
    const body = (await get('/en/practices/se-jobs')).body
    const toc = /<nav class="toc" aria-labelledby="toc-title">[\s\S]*?<\/nav>/.exec(body)?.[0] ?? ''
    expect(toc).toContain('<h2 id="toc-title">Contents</h2>')
    const targets = [...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1])
    expect(targets).toEqual([
      'section-challenge',
      'section-goals',
      'section-how-it-works',
      'section-results',
      'section-evaluation',
      'section-resources',
      'section-transferability',
      'section-dos-and-donts',
    ])
    for (const id of targets) expect(body).toContain(`<section id="${id}">`)
  })

  it('leaves the contents out of a practice with fewer than three sections', async () => {
    const seed = practiceSeed({ slug: 'short-one' })
    const en = seed.translations.en!
    await createPractice(
      payload,
      { ...seed, translations: { en: { title: 'Short one', summary: 'Short.', challenge: en.challenge, goals: [], howItWorks: [], results: [], transferability: [], dos: [], donts: [], indicators: '', resources: '' } } },
      refs,
      'published',
    )
    const body = (await get('/en/practices/short-one')).body
    expect(body).toContain('<section id="section-challenge">')
    expect(body).not.toContain('class="toc"')
  })
})

describe('small defects', () => {
  it('the privacy sentence under the proposal form links once, without repeating itself', async () => {
    const body = (await get('/en/practices/propose')).body
    expect(body).toContain('<p>We store your name and e-mail only to handle your proposal. <a href="/en/privacy">How we handle personal data</a></p>')
    expect(body).not.toMatch(/privacy notice\.\s*<a[^>]*>Privacy notice/i)
  })

  it('the status history shows no list numbers in front of its dates', () => {
    const css = readFileSync(path.join(__dirname, '../../src/web/assets/site.css'), 'utf8')
    expect(css).toMatch(/\.history \{[^}]*list-style: none/)
  })

  it('a mail in Danish goes out with the Danish brand name as sender and signature', async () => {
    await sendSubmitterEmail({ payload, to: 'dansk@example.org', locale: 'da', notice: 'received', title: 'Forslag', reference: 'P-1', statusUrl: 'https://x.example/da/submissions/t' })
    const listed = await payload.find({ collection: 'outbox', where: { to: { equals: 'dansk@example.org' } }, overrideAccess: true })
    const eml = readFileSync(path.join(t.env.dataDir, 'outbox', listed.docs[0].file), 'utf8')
    expect(eml).toMatch(/^From: Nordisk vidensbank om integration <[^>]+>$/m)
    // The body is quoted-printable: the signature's dash is =E2=80=94.
    expect(eml).toContain('=E2=80=94 Nordisk vidensbank om integration')
    expect(eml).not.toContain('Clearinghouse')
  })
})

describe('organisation pages', () => {
  it('show the facts the entry has as a term list, and no empty rows', async () => {
    await createOrganisation(payload, { key: 'org-b', name: 'Bergen kommune', type: 'municipality', country: 'NO', website: 'https://bergen.example/', description: { nb: 'Kommunen.' } })
    const withSite = (await get('/en/organisations/org-b')).body
    expect(withSite).toMatch(/<dl class="org-facts"><dt>Type<\/dt><dd>[^<]+<\/dd><dt>Country<\/dt><dd>Norway<\/dd><dt>Website<\/dt><dd><a href="https:\/\/bergen.example\/" rel="noopener noreferrer">bergen.example<\/a><\/dd><\/dl>/)
    const without = (await get('/en/organisations/org-a')).body
    expect(without).toMatch(/<dl class="org-facts"><dt>Type<\/dt><dd>[^<]+<\/dd><dt>Country<\/dt><dd>Denmark<\/dd><\/dl>/)
    expect(without).not.toContain('<dt>Website</dt>')
  })
})

describe('the brand in the header', () => {
  it('shows the mark beside the site name in the reader’s language, the name giving the link its accessible name', async () => {
    const body = (await get('/fi/news')).body
    expect(body).toMatch(/<a class="site-name" href="\/fi\/"><svg class="logo-mark"[^>]*aria-hidden="true"[^>]*>[\s\S]*?<\/svg><span>Pohjoismainen kotoutumisen tietopankki<\/span><\/a>/)
    expect(body).toContain('<title>Uutiset – Pohjoismainen kotoutumisen tietopankki</title>')
  })
})

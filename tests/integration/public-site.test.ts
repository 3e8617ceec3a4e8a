import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../src/web/app'
import { createNews, createThemes, newsSeed } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

let t: TestPayload
let app: FastifyInstance

beforeAll(async () => {
  t = await startTestPayload()
  const refs = await createThemes(t.payload)
  await createNews(t.payload, newsSeed({ slug: 'both-languages' }), refs)
  await createNews(
    t.payload,
    newsSeed({
      slug: 'norwegian-only',
      themes: ['labour-market'],
      translations: { nb: { title: 'Kun på norsk', summary: 'Sammendrag.', body: [{ type: 'p', text: 'Tekst.' }] } },
    }),
    refs,
  )
  await createNews(t.payload, newsSeed({ slug: 'a-draft' }), refs, false)
  app = await buildApp({ payload: t.payload, env: t.env })
})

afterAll(async () => {
  await app?.close()
  await t?.cleanup()
})

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers })

describe('language routing', () => {
  it('redirects / by Accept-Language, then by the chosen-language cookie', async () => {
    expect((await get('/', { 'accept-language': 'fi-FI,en;q=0.5' })).headers.location).toBe('/fi/')
    expect((await get('/', { 'accept-language': 'de' })).headers.location).toBe('/en/')
    expect((await get('/', { 'accept-language': 'fi', cookie: 'lang=da' })).headers.location).toBe('/da/')
  })
  it('remembers the language picked in the switcher', async () => {
    const res = await get('/language/is?next=%2Fis%2Fnews')
    expect(res.statusCode).toBe(303)
    expect(res.headers.location).toBe('/is/news')
    expect(String(res.headers['set-cookie'])).toMatch(/^lang=is;/)
    // An open redirect is not possible through `next`.
    expect((await get('/language/is?next=https%3A%2F%2Fevil.example')).headers.location).toBe('/is/')
  })
  it('answers an unknown locale with 404', async () => {
    expect((await get('/xx/news')).statusCode).toBe(404)
    expect((await get('/xx/')).statusCode).toBe(404)
  })
})

describe('news', () => {
  it('lists published news with lang on fallback items and no drafts', async () => {
    const res = await get('/sv/news')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('<html lang="sv">')
    expect(res.body).toContain('Svensk nyhet')
    expect(res.body).toMatch(/<li class="card" lang="nb">[\s\S]*Kun på norsk/)
    expect(res.body).not.toContain('a-draft')
  })
  it('shows a fallback notice naming the language shown, with lang on the content', async () => {
    const res = await get('/sv/news/norwegian-only')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('Det här innehållet finns inte på svenska. Det visas på norska.')
    expect(res.body).toMatch(/<article lang="nb">\s*<h1>Kun på norsk<\/h1>/)
  })
  it('does not show a notice when the reader language exists', async () => {
    const res = await get('/en/news/both-languages')
    expect(res.body).not.toContain('class="notice"')
    expect(res.body).toMatch(/<article>\s*<h1>English news/)
  })
  it('hides drafts from anonymous readers', async () => {
    expect((await get('/en/news/a-draft')).statusCode).toBe(404)
  })
  it('filters by theme and rejects malformed filters and pages', async () => {
    const res = await get('/en/news?theme=labour-market')
    expect(res.body).toContain('Kun på norsk')
    expect(res.body).not.toContain('English news')
    expect((await get('/en/news?theme=no-such-theme')).statusCode).toBe(404)
    expect((await get('/en/news?theme=%3Cscript%3E')).statusCode).toBe(400)
    expect((await get('/en/news?page=abc')).statusCode).toBe(400)
    expect((await get('/en/news?page=99')).statusCode).toBe(404)
  })
  it('publishes an Atom feed per locale with xml:lang per entry', async () => {
    const res = await get('/da/news/feed.xml')
    expect(res.headers['content-type']).toContain('application/atom+xml')
    expect(res.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">')
    expect(res.body).toContain('<entry xml:lang="nb">')
    expect(res.body).not.toContain('a-draft')
  })
})

describe('pages, caching and errors', () => {
  it('gives every page alternates, canonical and Open Graph tags', async () => {
    const res = await get('/fi/news')
    for (const l of ['sv', 'nb', 'da', 'fi', 'is', 'en']) {
      expect(res.body).toContain(`<link rel="alternate" hreflang="${l}" href="http://localhost:3000/${l}/news">`)
    }
    expect(res.body).toContain('<link rel="canonical" href="http://localhost:3000/fi/news">')
    expect(res.body).toContain('<meta property="og:title"')
  })
  it('sends security headers and a strict CSP', async () => {
    const res = await get('/en/')
    expect(res.headers['content-security-policy']).toContain("script-src 'self'")
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  })
  it('answers a matching ETag with 304 and refreshes after a content change', async () => {
    const first = await get('/en/news')
    const etag = String(first.headers.etag)
    expect((await get('/en/news', { 'if-none-match': etag })).statusCode).toBe(304)
    const doc = await t.payload.find({ collection: 'news', where: { slug: { equals: 'both-languages' } }, locale: 'en' })
    await t.payload.update({ collection: 'news', id: doc.docs[0].id, locale: 'en', data: { title: 'Renamed headline' } })
    const after = await get('/en/news', { 'if-none-match': etag })
    expect(after.statusCode).toBe(200)
    expect(after.body).toContain('Renamed headline')
  })
  it('renders localized 404 pages and 400 for malformed URLs, never 500', async () => {
    const nf = await get('/sv/no-such-page')
    expect(nf.statusCode).toBe(404)
    expect(nf.body).toContain('<html lang="sv">')
    expect(nf.body).toContain('Sidan hittades inte')
    const bad = await get('/sv/news/%E0%A4%A')
    expect(bad.statusCode).toBe(400)
    expect(bad.body).not.toMatch(/at .*\.ts:\d+/)
  })
  it('lists every public URL with alternates in the sitemap, drafts excluded', async () => {
    const res = await get('/sitemap.xml')
    expect(res.body).toContain('<loc>http://localhost:3000/is/news/norwegian-only</loc>')
    expect(res.body).toContain('hreflang="fi" href="http://localhost:3000/fi/news/norwegian-only"')
    expect(res.body).not.toContain('a-draft')
    expect((await get('/robots.txt')).body).toContain('Sitemap: http://localhost:3000/sitemap.xml')
  })
})

describe('editor previews', () => {
  it('shows drafts to a logged-in editor with ?preview=true, never cached', async () => {
    await t.payload.create({
      collection: 'users',
      data: { email: 'editor@example.org', password: 'editor-password', roles: ['editor'] },
      overrideAccess: true,
    })
    const { token } = await t.payload.login({ collection: 'users', data: { email: 'editor@example.org', password: 'editor-password' } })
    const cookie = `payload-token=${token}`
    const preview = await get('/en/news/a-draft?preview=true', { cookie, 'sec-fetch-site': 'same-origin' })
    expect(preview.statusCode).toBe(200)
    expect(preview.headers['cache-control']).toBe('private, no-store')
    // Without the editor's session the same URL stays hidden, so nothing leaked into the cache.
    expect((await get('/en/news/a-draft?preview=true')).statusCode).toBe(404)
    expect((await get('/en/news/a-draft?preview=true', { cookie: 'payload-token=forged', 'sec-fetch-site': 'same-origin' })).statusCode).toBe(404)
    // A cross-site request does not carry the editor's session (Payload's CSRF rule).
    expect((await get('/en/news/a-draft?preview=true', { cookie, 'sec-fetch-site': 'cross-site' })).statusCode).toBe(404)
  })
})

describe('page weight', () => {
  it('keeps the home page (HTML + CSS + JS) under 60 KB and JS under 15 KB', async () => {
    const home = await get('/sv/')
    const assets = [...home.body.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)].map((m) => m[1])
    let css = 0
    let js = 0
    for (const url of assets) {
      const res = await get(url)
      if (url.endsWith('.css')) css += res.rawPayload.length
      if (url.endsWith('.js')) js += res.rawPayload.length
    }
    expect(css).toBeGreaterThan(0)
    expect(home.rawPayload.length + css + js).toBeLessThanOrEqual(60 * 1024)
    expect(js).toBeLessThanOrEqual(15 * 1024)
  })
})

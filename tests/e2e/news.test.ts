import type { Browser, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { translate } from '../../src/i18n/translate'
import { baseUrl, demoNews, locales, openPage, shownLanguage, url, useBrowser } from './helpers'

const browser = useBrowser()
const pageSize = 12

/** Titles of the news cards on the page, in order. */
const cardTitles = (page: Page) => page.locator('main .card h2 a, main .card h3 a').allTextContents()

describe('news', () => {
  it('goes from the list to an item and back', async () => {
    const { context, page } = await openPage(browser())
    await page.goto(url('/en/news'))
    const first = page.locator('main .card-list .card h2 a').first()
    const title = await first.textContent()
    const href = await first.getAttribute('href')
    expect(href).toMatch(/^\/en\/news\/[a-z0-9-]+$/)
    await first.click()
    await page.waitForURL(url(href!))
    expect(await page.locator('main h1').textContent()).toBe(title)
    expect(await page.locator('.main-nav a[aria-current="page"]').getAttribute('href')).toBe('/en/news')

    await page.locator('main aside a[href="/en/news"]').click()
    await page.waitForURL(url('/en/news'))
    expect(await page.locator('main h1').textContent()).toBe(translate('en', 'news.title'))
    await context.close()
  })

  it('pages through the list with the next and previous links', async () => {
    const pages = Math.ceil(demoNews.length / pageSize)
    expect(pages).toBeGreaterThan(1)
    const { context, page } = await openPage(browser())
    await page.goto(url('/en/news'))
    const firstPage = await cardTitles(page)
    expect(firstPage).toHaveLength(pageSize)
    expect(await page.locator('.pagination a[rel="prev"]').count()).toBe(0)

    await page.locator('.pagination a[rel="next"]').click()
    await page.waitForURL(url('/en/news?page=2'))
    const secondPage = await cardTitles(page)
    expect(secondPage.length).toBeGreaterThan(0)
    expect(secondPage.filter((t) => firstPage.includes(t))).toEqual([])
    expect((await page.locator('.pagination [aria-current="page"]').textContent())?.trim()).toBe(
      translate('en', 'pagination.status', { page: 2, pages }),
    )

    await page.locator('.pagination a[rel="prev"]').click()
    await page.waitForURL(url('/en/news'))
    expect(await cardTitles(page)).toEqual(firstPage)

    // Past the last page there is nothing: 404, not an empty list.
    const response = await page.goto(url(`/en/news?page=${pages + 1}`))
    expect(response?.status()).toBe(404)
    await context.close()
  })

  it('filters by theme with the form, without JavaScript', async () => {
    const { context, page } = await openPage(browser(), { javaScriptEnabled: false, locale: 'sv-SE' })
    await page.goto(url('/sv/news'))
    const expected = demoNews.filter((n) => n.themes.includes('housing'))
    expect(expected.length).toBeGreaterThan(0)
    expect(expected.length).toBeLessThan(demoNews.length)

    await page.selectOption('select#theme', 'housing')
    await page.locator('form.filters button[type="submit"]').click()
    await page.waitForURL(url('/sv/news?theme=housing'))
    expect(await page.locator('select#theme').inputValue()).toBe('housing')
    expect((await page.locator('main p[role="status"]').textContent())?.trim()).toBe(
      translate('sv', 'news.count', { count: expected.length }),
    )
    const hrefs = await page.locator('main .card h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(hrefs.sort()).toEqual(expected.map((n) => `/sv/news/${n.slug}`).sort())

    // Back to all themes.
    await page.selectOption('select#theme', '')
    await page.locator('form.filters button[type="submit"]').click()
    await page.waitForURL(/\/sv\/news\?theme=$/)
    expect((await page.locator('main p[role="status"]').textContent())?.trim()).toBe(
      translate('sv', 'news.count', { count: demoNews.length }),
    )
    await context.close()
  })

  it('renders the news list with JavaScript disabled', async () => {
    const { context, page } = await openPage(browser(), { javaScriptEnabled: false, locale: 'fi-FI' })
    const response = await page.goto(url('/fi/news'))
    expect(response?.status()).toBe(200)
    expect(await page.locator('main h1').textContent()).toBe(translate('fi', 'news.title'))
    expect(await page.locator('main .card').count()).toBe(pageSize)
    expect(await page.locator('.pagination a[rel="next"]').getAttribute('href')).toBe('/fi/news?page=2')
    // Nothing on the public site depends on script: the page loads none.
    expect(await page.locator('script').count()).toBe(0)
    await context.close()
  })
})

/** Parses XML with the browser's own parser; null when it is not well-formed. */
async function parseXml(b: Browser, xml: string) {
  const { context, page } = await openPage(b)
  try {
    return await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml')
      if (doc.getElementsByTagName('parsererror').length > 0) return null
      const atom = 'http://www.w3.org/2005/Atom'
      const sitemap = 'http://www.sitemaps.org/schemas/sitemap/0.9'
      const xhtml = 'http://www.w3.org/1999/xhtml'
      const root = doc.documentElement
      const child = (el: Element, ns: string, name: string) => el.getElementsByTagNameNS(ns, name)[0]?.textContent?.trim() ?? ''
      return {
        root: root.localName,
        namespace: root.namespaceURI,
        lang: root.getAttribute('xml:lang'),
        feed: {
          id: root.namespaceURI === atom ? child(root, atom, 'id') : '',
          title: root.namespaceURI === atom ? child(root, atom, 'title') : '',
          entries: Array.from(doc.getElementsByTagNameNS(atom, 'entry')).map((e) => ({
            id: child(e, atom, 'id'),
            title: child(e, atom, 'title'),
            updated: child(e, atom, 'updated'),
            lang: e.getAttribute('xml:lang'),
            link: e.getElementsByTagNameNS(atom, 'link')[0]?.getAttribute('href') ?? '',
          })),
        },
        urls: Array.from(doc.getElementsByTagNameNS(sitemap, 'url')).map((u) => ({
          loc: child(u, sitemap, 'loc'),
          alternates: Array.from(u.getElementsByTagNameNS(xhtml, 'link')).map((l) => ({
            rel: l.getAttribute('rel'),
            hreflang: l.getAttribute('hreflang'),
            href: l.getAttribute('href'),
          })),
        })),
      }
    }, xml)
  } finally {
    await context.close()
  }
}

describe('feeds for machines', () => {
  it('serves /sv/news/feed.xml as a well-formed Atom feed', async () => {
    const { context } = await openPage(browser())
    const response = await context.request.get(url('/sv/news/feed.xml'))
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toMatch(/^application\/atom\+xml/)
    const xml = await response.text()
    expect(xml).toContain('<feed')
    await context.close()

    const feed = await parseXml(browser(), xml)
    expect(feed, 'the feed is not well-formed XML').not.toBeNull()
    expect(feed!.root).toBe('feed')
    expect(feed!.namespace).toBe('http://www.w3.org/2005/Atom')
    expect(feed!.lang).toBe('sv')
    expect(feed!.feed.title).toBe(translate('sv', 'news.feedTitle'))
    expect(feed!.feed.entries.length).toBe(Math.min(30, demoNews.length))
    for (const entry of feed!.feed.entries) {
      expect(entry.link).toMatch(new RegExp(`^${baseUrl}/sv/news/[a-z0-9-]+$`))
      expect(entry.id).toBe(entry.link)
      expect(entry.title).not.toBe('')
      expect(Number.isNaN(Date.parse(entry.updated))).toBe(false)
      expect(locales).toContain(entry.lang)
    }
    // Newest first, and each entry is marked with the language it is shown in to a Swedish reader.
    const newestFirst = [...demoNews].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt)).slice(0, 30)
    expect(feed!.feed.entries.map((e) => e.link)).toEqual(newestFirst.map((n) => url(`/sv/news/${n.slug}`)))
    expect(feed!.feed.entries.map((e) => e.lang)).toEqual(newestFirst.map((n) => shownLanguage(n, 'sv')))
    expect(feed!.feed.entries.some((e) => e.lang !== 'sv')).toBe(true)
  })

  it('lists every public page in /sitemap.xml with hreflang alternates for all six languages', async () => {
    const { context } = await openPage(browser())
    const response = await context.request.get(url('/sitemap.xml'))
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toMatch(/xml/)
    const xml = await response.text()
    await context.close()

    const sitemap = await parseXml(browser(), xml)
    expect(sitemap, 'the sitemap is not well-formed XML').not.toBeNull()
    expect(sitemap!.root).toBe('urlset')
    const locs = sitemap!.urls.map((u) => u.loc)
    expect(new Set(locs).size).toBe(locs.length)
    for (const locale of locales) {
      for (const path of ['/', '/news', '/themes', '/themes/housing', '/about', '/accessibility', '/privacy']) {
        expect(locs).toContain(url(`/${locale}${path}`))
      }
      for (const item of demoNews) expect(locs).toContain(url(`/${locale}/news/${item.slug}`))
    }
    for (const u of sitemap!.urls) {
      expect(u.alternates.map((a) => a.hreflang).sort()).toEqual([...locales].sort())
      expect(u.alternates.every((a) => a.rel === 'alternate' && a.href?.startsWith(`${baseUrl}/${a.hreflang}/`))).toBe(true)
      // The page itself is one of its own alternates, under its own language.
      const lang = new URL(u.loc).pathname.split('/')[1]
      expect(u.alternates.find((a) => a.hreflang === lang)?.href).toBe(u.loc)
    }
  })
})

import { mkdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openPage, practicesFor, url, useBrowser } from './helpers'

/**
 * The home page as the front door: a reader on a phone reaches a practice on their topic in two
 * steps (home → filtered idea bank → practice), the search field leads into the idea bank, and the
 * page stays light with the demo content. Screenshots of the main pages are saved under
 * test-results/screenshots/ (kept as CI artifacts).
 */
const browser = useBrowser()
const screenshots = path.resolve(__dirname, '../../test-results/screenshots')

describe('the home page on a phone (390 × 844)', () => {
  it('leads to a practice on a chosen theme in two steps: a theme, then a practice', async () => {
    const { context, page } = await openPage(browser(), { javaScriptEnabled: false, viewport: { width: 390, height: 844 } })
    await page.goto(url('/en/'))
    const theme = page.locator('section[aria-labelledby="home-by-theme"] a').first()
    const themeHref = await theme.getAttribute('href')
    expect(themeHref).toMatch(/^\/en\/practices\?theme=[a-z0-9-]+$/)
    await Promise.all([page.waitForURL(url(themeHref!)), theme.click()])
    const practice = page.locator('main .results .card a').first()
    const practiceHref = await practice.getAttribute('href')
    await Promise.all([page.waitForURL(url(practiceHref!)), practice.click()])
    expect(page.url()).toMatch(/\/en\/practices\/[a-z0-9-]+$/)
    expect(await page.locator('main article.practice h1').isVisible()).toBe(true)
    // The practice carries the theme the reader chose.
    const slug = new URLSearchParams(themeHref!.split('?')[1]).get('theme')
    expect(await page.locator(`main .facts a[href="/en/themes/${slug}"]`).count()).toBe(1)
    await context.close()
  })

  it('searches the idea bank from the search field', async () => {
    const { context, page } = await openPage(browser(), { viewport: { width: 390, height: 844 } })
    const practice = practicesFor('en').own
    const word = practice.translations.en!.title.split(/\s+/).find((w) => w.length > 5)!
    await page.goto(url('/en/'))
    await page.fill('#home-q', word)
    await Promise.all([page.waitForURL(/\/en\/practices\?q=/), page.click('section[aria-labelledby="home-search"] button[type="submit"]')])
    expect(await page.locator(`main .results a[href="/en/practices/${practice.slug}"]`).count()).toBe(1)
    await context.close()
  })
})

it('keeps the home page with the demo content under 60 KB of HTML + CSS + JS', async () => {
  const home = await fetch(url('/sv/'))
  const body = await home.text()
  let total = Buffer.byteLength(body)
  for (const m of body.matchAll(/(?:href|src)="(\/assets\/[^"]+\.(?:css|js))"/g)) total += (await (await fetch(url(m[1]))).arrayBuffer()).byteLength
  expect(total).toBeLessThanOrEqual(60 * 1024)
})

describe('screenshots for review (test-results/screenshots)', () => {
  const pages = [
    ['home', '/en/'],
    ['practice', `/en/practices/${practicesFor('en').own.slug}`],
    ['idea-bank', '/en/practices'],
  ] as const
  it.each([1280, 390])('saves the home page, a practice and the idea bank at %i px', async (width) => {
    mkdirSync(screenshots, { recursive: true })
    const { context, page } = await openPage(browser(), { viewport: { width, height: width === 390 ? 844 : 800 } })
    for (const [name, path_] of pages) {
      const response = await page.goto(url(path_))
      expect(response?.status()).toBe(200)
      const file = path.join(screenshots, `${name}-${width}.png`)
      await page.screenshot({ path: file, fullPage: true })
      expect(statSync(file).size).toBeGreaterThan(1000)
    }
    await context.close()
  })
})

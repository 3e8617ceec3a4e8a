import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectNoAxeFindings, locales, newsFor, openPage, practicesFor, url, useBrowser, type Locale } from './helpers'

/**
 * WCAG 2.1 AA 1.4.10 Reflow: at 320 CSS px nothing scrolls sideways, on every public template in
 * every locale (long Finnish and Icelandic compounds included); and on phones the header stays
 * compact and the idea bank's first result is on the first screen, not below the filters.
 */
const browser = useBrowser()

/** Every public page template, as a path under /<locale>, with the status it must answer. */
function templates(locale: Locale): [name: string, path: string, status: number][] {
  const { own, fallback } = newsFor(locale)
  const practice = practicesFor(locale)
  return [
    ['home', '/', 200],
    ['news list', '/news', 200],
    ['news list, filtered by theme', '/news?theme=housing', 200],
    ['news item in the reader’s language', `/news/${own.slug}`, 200],
    ['news item shown in another language', `/news/${fallback.slug}`, 200],
    ['themes list', '/themes', 200],
    ['theme', '/themes/labour-market', 200],
    ['about page', '/about', 200],
    ['accessibility statement', '/accessibility', 200],
    ['privacy notice', '/privacy', 200],
    ['idea bank', '/practices', 200],
    ['idea bank, two facets and text', '/practices?country=SE&country=DK&target=youth&q=a', 200],
    ['idea bank, nothing found', '/practices?q=zzzzzz', 200],
    ['practice in the reader’s language', `/practices/${practice.own.slug}`, 200],
    ['practice shown in another language', `/practices/${practice.fallback.slug}`, 200],
    ['quality criteria', '/practices/criteria', 200],
    ['proposal form', '/practices/propose', 200],
    ['replication form', `/practices/${practice.own.slug}/replicate`, 200],
    ['organisations', '/organisations', 200],
    ['organisations, filtered', '/organisations?country=FI', 200],
    ['organisation', '/organisations/se-malmo-city', 200],
    ['idea bank, only in my language', '/practices?lang=mine', 200],
    ['news list, only in my language', '/news?lang=mine', 200],
    ['organisations, only in my language', '/organisations?lang=mine', 200],
    ['themes list, only in my language', '/themes?lang=mine', 200],
    ['languages help', '/languages', 200],
    ['events calendar', '/events', 200],
    ['events calendar, filtered', '/events?format=online&kind=own&lang=mine', 200],
    ['past events', '/events/past', 200],
    ['own hybrid event', '/events/nordic-integration-conference', 200],
    ['own event, full with a waiting list', '/events/september-seminar-civil-society', 200],
    ['event by others (in Swedish only)', '/events/malmo-integration-day', 200],
    ['404 page', '/no-such-page', 404],
  ]
}

type Overflow = { scrollWidth: number; innerWidth: number; right: number; widest: string }

/**
 * The page's scroll width, and what reaches furthest right: an element's box or a line of its text
 * (a long word overflows its box without widening it), the deepest of equals, described.
 */
function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    let widest: Element | null = null
    let right = -Infinity
    let depth = -1
    const consider = (el: Element, r: DOMRect) => {
      if (r.width === 0 && r.height === 0) return
      let d = 0
      for (let p = el.parentElement; p; p = p.parentElement) d++
      if (r.right > right + 0.5 || (Math.abs(r.right - right) <= 0.5 && d > depth)) {
        widest = el
        right = r.right
        depth = d
      }
    }
    for (const el of document.body.querySelectorAll('*')) consider(el, el.getBoundingClientRect())
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    const range = document.createRange()
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.parentElement || !n.textContent?.trim()) continue
      range.selectNodeContents(n)
      consider(n.parentElement, range.getBoundingClientRect())
    }
    const describe = (el: Element | null) => {
      if (!el) return 'nothing'
      const cls = el.getAttribute('class')
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60)
      const path: string[] = []
      for (let p: Element | null = el; p && p !== document.body; p = p.parentElement) {
        path.unshift(p.tagName.toLowerCase() + (p.getAttribute('class') ? `.${p.getAttribute('class')!.trim().split(/\s+/).join('.')}` : ''))
      }
      return `<${el.tagName.toLowerCase()}${cls ? ` class="${cls}"` : ''}> "${text}" (reaches ${Math.round(right)} px; ${path.join(' > ')})`
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, right, widest: describe(widest) }
  })
}

describe.each(locales)('reflow at 320 CSS px in %s', (locale) => {
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    ;({ context, page } = await openPage(browser(), { locale, viewport: { width: 320, height: 640 } }))
  })
  afterAll(async () => {
    await context?.close()
  })

  it.each(templates(locale))('%s (%s) does not scroll sideways', async (name, path, status) => {
    const response = await page.goto(url(`/${locale}${path}`))
    expect(response?.status()).toBe(status)
    const closed = await measureOverflow(page)
    expect(closed.scrollWidth, `/${locale}${path} (${name}) is ${closed.scrollWidth} px wide at ${closed.innerWidth} px; widest element: ${closed.widest}`).toBeLessThanOrEqual(closed.innerWidth)
    // The menu and the filters, opened, must fit too; and nothing may stick out where a box clips it.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)))
    const open = await measureOverflow(page)
    expect(open.scrollWidth, `/${locale}${path} (${name}) with its disclosures open is ${open.scrollWidth} px wide; widest element: ${open.widest}`).toBeLessThanOrEqual(open.innerWidth)
    expect(open.right, `/${locale}${path} (${name}) with its disclosures open: ${open.widest}`).toBeLessThanOrEqual(open.innerWidth + 0.5)
  })

  it('keeps the header under 120 px tall', async () => {
    await page.goto(url(`/${locale}/practices`))
    const height = await page.locator('header.site-header').evaluate((el) => el.getBoundingClientRect().height)
    expect(height, `/${locale}/practices: header height at 320 px`).toBeLessThan(120)
  })
})

describe('the header on a phone (320 px)', () => {
  it('opens its menu from the keyboard: a 44 px target after the site name, then languages and sections', async () => {
    const { context, page } = await openPage(browser(), { locale: 'fi-FI', viewport: { width: 320, height: 640 } })
    await page.goto(url('/fi/news'))
    expect(await page.locator('nav.main-nav a[href="/fi/practices"]').isVisible()).toBe(false)
    const summary = page.locator('header details.site-menu > summary')
    const box = await summary.boundingBox()
    expect(box!.width).toBeGreaterThanOrEqual(44)
    expect(box!.height).toBeGreaterThanOrEqual(44)
    await page.keyboard.press('Tab') // skip link
    await page.keyboard.press('Tab') // site name
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY')
    await page.keyboard.press('Enter')
    expect(await page.locator('nav.lang a[hreflang="sv"]').isVisible()).toBe(true)
    expect(await page.locator('nav.main-nav a[href="/fi/practices"]').isVisible()).toBe(true)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.closest('nav')?.className)).toBe('lang')
    await context.close()
  })
})

describe('the phone layout passes axe (320 px)', () => {
  it.each(locales)('in %s: the home page, the idea bank and a practice, with the menu and the filters closed and open', async (locale) => {
    const { context, page } = await openPage(browser(), { locale, viewport: { width: 320, height: 640 } })
    for (const path of ['/', '/practices?country=SE', `/practices/${practicesFor(locale).own.slug}`]) {
      await page.goto(url(`/${locale}${path}`))
      await expectNoAxeFindings(page, `/${locale}${path} at 320 px`)
      for (const summary of await page.locator('details > summary').all()) await summary.click()
      expect(await page.locator('details:not([open])').count()).toBe(0)
      await expectNoAxeFindings(page, `/${locale}${path} at 320 px, disclosures open`)
    }
    await context.close()
  })
})

describe('the idea bank on a phone (390 × 844)', () => {
  it.each(locales)('shows the first result on the first screen in %s', async (locale) => {
    const { context, page } = await openPage(browser(), { locale, viewport: { width: 390, height: 844 } })
    await page.goto(url(`/${locale}/practices?country=SE&target=youth`))
    const top = await page.locator('main .results .card').first().evaluate((el) => el.getBoundingClientRect().top)
    expect(top, `/${locale}/practices: top of the first result at 390 × 844`).toBeLessThan(844)
    await context.close()
  })

  it('keeps the filters in a disclosure that opens without JavaScript', async () => {
    const { context, page } = await openPage(browser(), { javaScriptEnabled: false, viewport: { width: 390, height: 844 } })
    await page.goto(url('/en/practices'))
    const summary = page.locator('main details.filter-panel > summary')
    expect(await summary.count()).toBe(1)
    expect(await page.locator('#f-country-SE').isVisible()).toBe(false)
    await summary.click()
    expect(await page.locator('#f-country-SE').isVisible()).toBe(true)
    expect(await page.locator('details.filter-panel').getAttribute('open')).not.toBeNull()
    await context.close()
  })
})

describe('wide screens (1280 px)', () => {
  it('show the idea bank filters as an open sidebar beside the results, without JavaScript', async () => {
    const { context, page } = await openPage(browser(), { javaScriptEnabled: false, viewport: { width: 1280, height: 800 } })
    await page.goto(url('/en/practices'))
    expect(await page.locator('#f-country-SE').isVisible()).toBe(true)
    const filters = await page.locator('main .facets').boundingBox()
    const results = await page.locator('main .results').boundingBox()
    expect(filters!.x + filters!.width).toBeLessThanOrEqual(results!.x)
    expect(Math.abs(filters!.y - results!.y)).toBeLessThan(80)
    await context.close()
  })

  it('show the practice facts as a sidebar beside the text', async () => {
    const { context, page } = await openPage(browser(), { viewport: { width: 1280, height: 800 } })
    await page.goto(url(`/en/practices/${practicesFor('en').own.slug}`))
    const facts = await page.locator('main .facts').boundingBox()
    const text = await page.locator('main .practice section:not(.facts)').first().boundingBox()
    expect(facts!.x, 'the facts start right of the text').toBeGreaterThanOrEqual(text!.x + text!.width)
    expect(facts!.y, 'the facts start beside the top of the text, not below it').toBeLessThan(text!.y + text!.height)
    await context.close()
  })

  it('show the main navigation and the language links without opening a menu', async () => {
    const { context, page } = await openPage(browser(), { viewport: { width: 1280, height: 800 } })
    await page.goto(url('/en/themes'))
    expect(await page.locator('nav.main-nav a[href="/en/news"]').isVisible()).toBe(true)
    expect(await page.locator('nav.lang a[hreflang="fi"]').isVisible()).toBe(true)
    await context.close()
  })
})

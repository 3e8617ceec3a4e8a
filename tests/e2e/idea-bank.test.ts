import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { translate } from '../../src/i18n/translate'
import { demoPractices, openPage, url, useBrowser } from './helpers'

const browser = useBrowser()

describe('the idea bank', () => {
  it('filters by two facets with the form and opens a practice', async () => {
    const { context, page } = await openPage(browser(), { javaScriptEnabled: false })
    await page.goto(url('/en/practices'))
    const total = Number((await page.locator('main [role="status"]').textContent())?.match(/\d+/)?.[0])
    expect(total).toBeGreaterThanOrEqual(40)
    await page.locator('#f-country-SE').check()
    await page.locator('#f-target-youth').check()
    await page.locator('form.facets button[type="submit"]').click()
    await page.waitForURL(/country=SE/)
    expect(page.url()).toContain('target=youth')
    const filtered = Number((await page.locator('main [role="status"]').textContent())?.match(/\d+/)?.[0])
    expect(filtered).toBeGreaterThan(0)
    expect(filtered).toBeLessThan(total)
    // The chosen values stay ticked, and each facet value shows its count.
    expect(await page.locator('#f-country-SE').isChecked()).toBe(true)
    expect(await page.locator('label[for="f-country-SE"]').textContent()).toMatch(/Sweden \(\d+\)/)
    const first = page.locator('main .results .card h2 a').first()
    const title = await first.textContent()
    await first.click()
    await page.waitForURL(/\/en\/practices\/[a-z0-9-]+$/)
    expect(await page.locator('main h1').textContent()).toBe(title)
    expect(await page.locator('.facts dt').first().textContent()).toBe('Country')
    await context.close()
  })

  it('searches free text and sorts by title in the reader’s alphabet', async () => {
    // Titles and summaries in every language are searched, so this finds practices without a Swedish text too.
    const query = 'mentor'
    const haystack = (p: (typeof demoPractices)[number]) =>
      Object.values(p.translations)
        .map((t) => `${t.title}\n${t.summary}`)
        .join('\n')
        .toLocaleLowerCase()
    const expected = demoPractices.filter((p) => haystack(p).includes(query)).map((p) => p.slug)
    expect(expected.length).toBeGreaterThanOrEqual(2)

    const { context, page } = await openPage(browser(), { locale: 'sv-SE' })
    await page.goto(url('/sv/practices'))
    const before = await resultSlugs(page, 'sv')
    const notMatching = before.filter((slug) => !expected.includes(slug))
    expect(notMatching.length).toBeGreaterThan(0)

    // Type the query, choose the title order, and send the form from the keyboard.
    await page.locator('#q').fill(query)
    await page.locator('#sort').selectOption('title')
    await page.locator('#q').press('Enter')
    await page.waitForURL(/[?&]q=mentor(&|$)/)
    expect(page.url()).toContain('sort=title')
    expect(await page.locator('#q').inputValue()).toBe(query)

    const found = await resultSlugs(page, 'sv')
    expect([...found].sort()).toEqual([...expected].sort())
    expect((await page.locator('main [role="status"]').textContent())?.trim()).toBe(translate('sv', 'practices.count', { count: expected.length }))
    for (const slug of notMatching) expect(found).not.toContain(slug)

    const titles = await page.locator('main .results .card h2 a').allTextContents()
    expect(titles.length).toBeGreaterThanOrEqual(2)
    expect(titles).toEqual([...titles].sort(new Intl.Collator('sv-SE').compare))
    await context.close()
  })
})

/** The slugs of the practices listed on the page, in order. */
async function resultSlugs(page: Page, locale: string): Promise<string[]> {
  const hrefs = await page.locator('main .results .card h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
  return hrefs.map((h) => h.replace(`/${locale}/practices/`, ''))
}

import { describe, expect, it } from 'vitest'
import { openPage, url, useBrowser } from './helpers'

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
    const { context, page } = await openPage(browser())
    await page.goto(url('/sv/practices?sort=title'))
    const titles = await page.locator('main .results .card h2 a').allTextContents()
    const sorted = [...titles].sort(new Intl.Collator('sv-SE').compare)
    expect(titles).toEqual(sorted)
    await context.close()
  })
})

import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectNoAxeFindings, locales, newsFor, openPage, practicesFor, runAxe, url, useBrowser, type Locale } from './helpers'

const browser = useBrowser()

/** Every public page template, as a path under /<locale>, with the status it must answer. */
function templates(locale: Locale): [name: string, path: string, status: number][] {
  const { own, fallback } = newsFor(locale)
  const practice = practicesFor(locale)
  return [
    ['home', '/', 200],
    ['news list', '/news', 200],
    ['news list, page 2', '/news?page=2', 200],
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
    ['organisations', '/organisations?country=FI', 200],
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

it('axe-core runs and reports what it finds (checked on a page made to fail)', async () => {
  const { context, page } = await openPage(browser())
  await page.setContent('<!DOCTYPE html><html><head><title>x</title></head><body><img src="data:,"><a href="/x"></a></body></html>')
  const { violations } = await runAxe(page)
  expect(violations.map((v) => v.id).sort()).toEqual(['html-has-lang', 'image-alt', 'link-name'])
  await context.close()
})

describe.each(locales)('axe-core, WCAG 2.1 A and AA, in %s', (locale) => {
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    ;({ context, page } = await openPage(browser(), { locale }))
  })
  afterAll(async () => {
    await context?.close()
  })

  it.each(templates(locale))('%s (%s) has no violations', async (name, path, status) => {
    const response = await page.goto(url(`/${locale}${path}`))
    expect(response?.status()).toBe(status)
    expect(await page.getAttribute('html', 'lang')).toBe(locale)
    await expectNoAxeFindings(page, `/${locale}${path} (${name})`)
  })
})

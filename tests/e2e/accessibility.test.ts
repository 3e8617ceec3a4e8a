import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectNoAxeFindings, locales, openPage, publicTemplates, runAxe, url, useBrowser } from './helpers'

const browser = useBrowser()

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

  it.each(publicTemplates(locale).map((t) => [t.name, t.path, t.status] as const))('%s (%s) has no violations', async (name, path, status) => {
    const response = await page.goto(url(`/${locale}${path}`))
    expect(response?.status()).toBe(status)
    expect(await page.getAttribute('html', 'lang')).toBe(locale)
    await expectNoAxeFindings(page, `/${locale}${path} (${name})`)
  })
})

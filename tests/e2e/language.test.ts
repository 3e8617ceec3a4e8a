import { describe, expect, it } from 'vitest'
import { translate } from '../../src/i18n/translate'
import { demoNews, locales, openPage, shownLanguage, url, useBrowser } from './helpers'

const browser = useBrowser()

describe('the front door', () => {
  it.each([
    ['fi-FI', '/fi/'],
    ['sv-SE', '/sv/'],
    ['is', '/is/'],
    ['en-US', '/en/'],
  ])('redirects / to the browser’s language (locale %s → %s)', async (locale, target) => {
    const { context, page } = await openPage(browser(), { locale })
    await page.goto(url('/'))
    expect(page.url()).toBe(url(target))
    await context.close()
  })

  it.each([
    ['nn-NO,nb;q=0.8', '/nb/'],
    ['de-DE,da;q=0.7,en;q=0.3', '/da/'],
    ['de-DE,fr;q=0.5', '/en/'],
  ])('redirects / by the Accept-Language header %s → %s', async (acceptLanguage, target) => {
    const { context, page } = await openPage(browser(), { extraHTTPHeaders: { 'Accept-Language': acceptLanguage } })
    await page.goto(url('/'))
    expect(page.url()).toBe(url(target))
    expect(await page.getAttribute('html', 'lang')).toBe(target.slice(1, 3))
    await context.close()
  })
})

describe('the language switcher', () => {
  it('goes to the same page in the chosen language and remembers the choice for /', async () => {
    const item = demoNews.find((n) => n.translations.en && n.translations.da)!
    const { context, page } = await openPage(browser(), { locale: 'en-GB' })
    await page.goto(url(`/en/news/${item.slug}`))
    expect(await page.locator('h1').textContent()).toBe(item.translations.en!.title)

    // The current language is marked, and each language is named in itself, in its own language.
    const current = page.locator('nav.lang a[aria-current="true"]')
    expect(await current.textContent()).toBe('English')
    expect(await page.locator('nav.lang a[hreflang="da"]').getAttribute('lang')).toBe('da')

    await page.locator('nav.lang a[hreflang="da"]').click()
    await page.waitForURL(url(`/da/news/${item.slug}`))
    expect(await page.getAttribute('html', 'lang')).toBe('da')
    expect(await page.locator('h1').textContent()).toBe(item.translations.da!.title)
    expect(await page.locator('nav.lang a[aria-current="true"]').textContent()).toBe('Dansk')

    const cookies = await context.cookies(url('/'))
    expect(cookies.find((c) => c.name === 'lang')?.value).toBe('da')
    // The browser still asks for English, but the choice made in the switcher wins.
    await page.goto(url('/'))
    expect(page.url()).toBe(url('/da/'))

    // Switching again from the home page lands on the home page in that language.
    await page.locator('nav.lang a[hreflang="fi"]').click()
    await page.waitForURL(url('/fi/'))
    await page.goto(url('/'))
    expect(page.url()).toBe(url('/fi/'))
    await context.close()
  })
})

describe('the fallback notice', () => {
  const item = demoNews.find((n) => !n.translations.sv)!
  const shown = shownLanguage(item, 'sv')

  it(`tells a Swedish reader that ${item.slug} is shown ${translate('en', `language.in.${shown}`)}`, async () => {
    expect(shown).not.toBe('sv')
    const { context, page } = await openPage(browser(), { locale: 'sv-SE' })
    const response = await page.goto(url(`/sv/news/${item.slug}`))
    expect(response?.status()).toBe(200)
    expect(await page.getAttribute('html', 'lang')).toBe('sv')

    const notice = page.locator('main .notice')
    expect(await notice.isVisible()).toBe(true)
    const expected = translate('sv', 'fallback.notice', {
      requested: translate('sv', 'language.in.sv'),
      shown: translate('sv', `language.in.${shown}`),
    })
    expect((await notice.textContent())?.trim()).toBe(`${expected} ${translate('sv', 'languages.help')}`)
    // It links to the page that writes out the fallback chains.
    expect(await notice.locator('a').getAttribute('href')).toBe('/sv/languages')
    // The notice itself is in the page's language (Swedish): no other lang on it or around it.
    expect(await notice.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('sv')

    const article = page.locator('main article')
    expect(await article.getAttribute('lang')).toBe(shown)
    expect(await article.locator('h1').textContent()).toBe(item.translations[shown]!.title)
    // The publication date is UI text in Swedish again, marked as such inside the article.
    expect(await article.locator('.meta').getAttribute('lang')).toBe('sv')
    await context.close()
  })

  it('is not shown when the item exists in the reader’s language', async () => {
    const own = demoNews.find((n) => n.translations.sv)!
    const { context, page } = await openPage(browser(), { locale: 'sv-SE' })
    await page.goto(url(`/sv/news/${own.slug}`))
    expect(await page.locator('main .notice').count()).toBe(0)
    expect(await page.locator('main article').getAttribute('lang')).toBeNull()
    await context.close()
  })
})

describe('the 404 page', () => {
  it.each(locales)('answers 404 in %s, with <html lang> of that language', async (locale) => {
    const { context, page } = await openPage(browser(), { locale: 'en-GB' })
    const response = await page.goto(url(`/${locale}/no-such-page`))
    expect(response?.status()).toBe(404)
    expect(await page.getAttribute('html', 'lang')).toBe(locale)
    expect(await page.locator('h1').textContent()).toBe(translate(locale, 'error.notFound.title'))
    expect(await page.locator(`main a[href="/${locale}/"]`).count()).toBe(1)
    await context.close()
  })

  it('uses the browser’s language when the address has no known language', async () => {
    const { context, page } = await openPage(browser(), { locale: 'is-IS' })
    const response = await page.goto(url('/xx/news'))
    expect(response?.status()).toBe(404)
    expect(await page.getAttribute('html', 'lang')).toBe('is')
    await context.close()
  })
})

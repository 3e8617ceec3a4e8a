import { describe, expect, it } from 'vitest'
import { translate } from '../../src/i18n/translate'
import { expectNoAxeFindings, focusContrast, focused, locales, openPage, url, useBrowser } from './helpers'

const browser = useBrowser()

describe('keyboard navigation of the header', () => {
  it('focuses the visible skip link first; Enter moves focus to the main content', async () => {
    const { context, page } = await openPage(browser(), { locale: 'sv-SE' })
    await page.goto(url('/sv/news'))
    await page.keyboard.press('Tab')
    expect(await focused(page)).toMatchObject({ tag: 'a', className: 'skip-link', text: translate('sv', 'skip.toContent') })

    // Visible while focused: inside the viewport, not clipped away, and readable (axe checks contrast).
    const box = await page.locator('.skip-link').boundingBox()
    expect(box).not.toBeNull()
    expect(box!.y).toBeGreaterThanOrEqual(0)
    expect(box!.width).toBeGreaterThan(10)
    expect(box!.height).toBeGreaterThan(10)
    expect(await page.locator('.skip-link').isVisible()).toBe(true)
    const contrast = await focusContrast(page)
    expect(contrast.text, 'skip link text contrast').toBeGreaterThanOrEqual(4.5)
    expect(contrast.outline, 'skip link focus ring contrast').toBeGreaterThanOrEqual(3)
    await expectNoAxeFindings(page, '/sv/news with the skip link focused')

    await page.keyboard.press('Enter')
    await page.waitForURL(url('/sv/news#main'))
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
    // The next Tab continues inside the main content, not back in the header.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true)
    await context.close()
  })

  it('reaches the site name, the language links and the main navigation in order', async () => {
    const { context, page } = await openPage(browser(), { locale: 'en-GB' })
    await page.goto(url('/en/themes'))
    const languageHref = (l: string) => (l === 'en' ? '/en/themes' : `/language/${l}?next=${encodeURIComponent(`/${l}/themes`)}`)
    const expected = [
      { href: '#main', nav: null, className: 'skip-link' },
      { href: '/en/', nav: null, className: 'site-name' },
      ...locales.map((l) => ({ href: languageHref(l), nav: 'lang', className: '' })),
      ...['/en/', '/en/practices', '/en/news', '/en/events', '/en/themes', '/en/organisations', '/en/about'].map((href) => ({ href, nav: 'main-nav', className: '' })),
    ]
    const stops = []
    const rings = []
    for (let i = 0; i < expected.length; i++) {
      await page.keyboard.press('Tab')
      const now = await focused(page)
      const nav = await page.evaluate(() => document.activeElement?.closest('nav')?.className ?? null)
      stops.push({ href: now?.href ?? null, nav, className: now?.className ?? null })
      rings.push({ href: now?.href, ...(await focusContrast(page)) })
    }
    expect(stops).toEqual(expected)
    // Each stop shows a focus ring that stands out from the header behind it (WCAG 1.4.11: 3:1).
    for (const ring of rings) {
      expect(ring.outlineStyle, `focus ring on ${ring.href}`).not.toBe('none')
      expect(ring.outline, `focus ring contrast on ${ring.href}`).toBeGreaterThanOrEqual(3)
    }
    await context.close()
  })
})

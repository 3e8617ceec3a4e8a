import { describe, expect, it } from 'vitest'
import { focused, openPage, url, useBrowser } from './helpers'

const browser = useBrowser()

const countIn = async (text: string | null) => Number(text?.match(/\d+/)?.[0])

describe('the events calendar', () => {
  it('is browsed and filtered with the keyboard alone, without JavaScript, and leads to an event page', async () => {
    const { context, page } = await openPage(browser(), { javaScriptEnabled: false })
    await page.goto(url('/en/events'))
    const total = await countIn(await page.locator('main [role="status"]').textContent())
    expect(total).toBeGreaterThanOrEqual(10)
    // Choose "Online" in the format filter from the keyboard, then Tab to the button and press Enter.
    await page.locator('#f-format').focus()
    await page.locator('#f-format').selectOption('online')
    let guard = 0
    while ((await focused(page))?.tag !== 'button' && guard++ < 10) await page.keyboard.press('Tab')
    expect((await focused(page))?.text).toBe('Show events')
    await page.keyboard.press('Enter')
    await page.waitForURL(/format=online/)
    const filtered = await countIn(await page.locator('main [role="status"]').textContent())
    expect(filtered).toBeGreaterThan(0)
    expect(filtered).toBeLessThan(total)
    // The state stays in the form, and every card is an online event.
    expect(await page.locator('#f-format').inputValue()).toBe('online')
    const metas = await page.locator('main .event-card').evaluateAll((cards) => cards.map((c) => c.textContent ?? ''))
    for (const m of metas) expect(m).toContain('Online')
    // The calendar can be subscribed to with webcal://.
    expect(await page.locator('a[href^="webcal://"]').count()).toBeGreaterThan(0)
    // Open the first event with the keyboard.
    const first = page.locator('main .event-card h2 a').first()
    const title = await first.textContent()
    await first.focus()
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/en\/events\/[a-z0-9-]+$/)
    expect(await page.locator('main h1').textContent()).toBe(title)
    expect(await page.locator('a[href$=".ics"]').count()).toBe(1)
    // (The event pages' axe checks are in accessibility.test.ts; axe needs scripts, which are off here.)
    await context.close()
  })

  it('shows an online event’s time on the reader’s own clock when scripts run', async () => {
    const { context, page } = await openPage(browser(), { timezoneId: 'America/New_York' })
    await page.goto(url('/en/events/nordic-integration-conference'))
    const readerTime = page.locator('[data-reader-time]')
    await expect.poll(() => readerTime.isVisible()).toBe(true)
    expect(await readerTime.textContent()).toMatch(/^Your time: .*(EST|EDT|GMT-[45])/)
    await context.close()
  })

  it('leaves the reader’s time out without JavaScript (the event’s own time is always there)', async () => {
    const { context, page } = await openPage(browser(), { javaScriptEnabled: false, timezoneId: 'America/New_York' })
    await page.goto(url('/en/events/nordic-integration-conference'))
    expect(await page.locator('[data-reader-time]').isVisible()).toBe(false)
    expect(await page.locator('.event-facts time').first().textContent()).toMatch(/GMT\+[12]|CES?T/)
    await context.close()
  })
})

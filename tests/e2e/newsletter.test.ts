import { describe, expect, it } from 'vitest'
import { baseUrl, expectNoAxeFindings, openPage, url, useBrowser } from './helpers'
import { waitForMail } from './outbox'

// Issue 10: a reader subscribes from the footer of an English page, choosing Swedish; confirms from
// the mail (in Swedish); changes the newsletter's language on their own page; and unsubscribes.
// With the keyboard only, and axe on every page on the way.
const browser = useBrowser()
const email = `reader-${Date.now().toString(36)}@test.example`
const local = (link: string) => link.replace(/^https?:\/\/[^/]+/, baseUrl)

describe('the newsletter, from the footer to unsubscribing', () => {
  it('subscribes from the footer, confirms from the mail, changes the language and unsubscribes', async () => {
    const { context, page } = await openPage(browser())
    await page.goto(url('/en/news'))
    await page.locator('#footer-email').focus()
    await page.keyboard.type(email)
    await page.locator('#footer-language').selectOption('sv')
    await page.locator('.footer-signup button').press('Enter')
    await page.waitForURL(/\/en\/newsletter\/start$/)
    await expectNoAxeFindings(page, 'the sign-up page reached from the footer')
    expect(await page.locator('#f-email').inputValue()).toBe(email)
    expect(await page.locator('#f-language').isChecked()).toBe(true) // Svenska, the first language
    await page.locator('#f-themes').focus()
    await page.keyboard.press('Space')
    await page.waitForTimeout(3500) // the form refuses posts faster than a person types
    await page.locator('form.submission-form button[type="submit"]').press('Enter')
    await page.waitForURL(/\/en\/newsletter\/sent$/)
    await expectNoAxeFindings(page, 'the “check your e-mail” page')

    const mail = await waitForMail(email, 'newsletter/confirm/')
    expect(mail.replace(/=3D/g, '=')).toContain('lang="sv"')
    const confirm = mail.match(/https?:\/\/[^\s"<>]+\/sv\/newsletter\/confirm\/[A-Za-z0-9_-]+/)?.[0]
    expect(confirm).toBeDefined()
    await page.goto(local(confirm!))
    await expectNoAxeFindings(page, 'the confirmation page')
    await page.getByRole('button', { name: 'Bekräfta min prenumeration' }).press('Enter')
    await page.waitForURL(/\/sv\/newsletter\/preferences\/[A-Za-z0-9_-]+\?done=confirmed$/)
    await expect.poll(() => page.locator('[role="status"]').textContent()).toBe('Tack! Din prenumeration är bekräftad.')
    await expectNoAxeFindings(page, 'the subscriber’s own page')

    // Suomi is the fourth language; arrow keys move within a radio group.
    await page.locator('#f-language').focus()
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown')
    expect(await page.locator('#f-language-4').isChecked()).toBe(true)
    await page.getByRole('button', { name: 'Spara ändringarna' }).press('Enter')
    await page.waitForURL(/done=saved$/)
    expect(await page.locator('#f-language-4').isChecked()).toBe(true)

    await page.getByRole('button', { name: 'Avregistrera' }).press('Enter')
    await page.waitForURL(/\/sv\/newsletter\/unsubscribe\/[A-Za-z0-9_-]+$/)
    await expect.poll(() => page.locator('[role="status"]').textContent()).toBe('Du är avregistrerad. Vi skickar inte nyhetsbrevet till dig igen.')
    await expectNoAxeFindings(page, 'the unsubscribed page')
    await context.close()
  }, 90_000)
})

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { baseUrl, expectNoAxeFindings, openPage, url, useBrowser } from './helpers'
import { waitForMail } from './outbox'

// Issue 9: someone registers for a hybrid event online, a second person ends on that mode's waiting
// list, the first cancels from the personal link in their mail, and the second gets the seat and a
// mail at once. Keyboard and screen-reader basics are checked by axe on every page on the way.
const browser = useBrowser()
const admin = { email: 'admin@example.org', password: 'e2e-admin-password' }
const sameOrigin = { origin: baseUrl, 'content-type': 'application/json' }
const slug = `e2e-hybrid-${Date.now().toString(36)}`
const first = `first-${Date.now().toString(36)}@test.example`
const second = `second-${Date.now().toString(36)}@test.example`

async function createHybridEvent(): Promise<void> {
  const login = await fetch(url('/api/users/login'), { method: 'POST', headers: sameOrigin, body: JSON.stringify(admin) })
  const token = ((await login.json()) as { token: string }).token
  const start = Date.now() + 10 * 86_400_000
  const res = await fetch(url('/api/events?locale=en'), {
    method: 'POST',
    headers: { ...sameOrigin, authorization: `JWT ${token}` },
    body: JSON.stringify({
      title: 'Hybrid seminar on early support',
      slug,
      kind: 'own',
      format: 'hybrid',
      eventStatus: 'scheduled',
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 3 * 3_600_000).toISOString(),
      timeZone: 'Europe/Helsinki',
      venue: { name: 'Helsingin kaupungintalo', city: 'Helsinki', country: 'FI' },
      joinUrl: 'https://meet.example.org/e2e-room',
      registration: { capacityInPerson: 5, capacityOnline: 1 },
      _status: 'published',
    }),
  })
  expect(res.status, await res.clone().text()).toBe(201)
}

async function register(page: Page, name: string, email: string): Promise<void> {
  await page.goto(url(`/en/events/${slug}/register`))
  await expectNoAxeFindings(page, 'the registration form')
  await page.locator('#f-name').fill(name)
  await page.locator('#f-email').fill(email)
  await page.locator('#f-organisation').fill('Helsingin kaupunki')
  await page.locator('#f-country').selectOption('FI')
  await page.locator('#f-sector').selectOption('municipality')
  // "Online" is the second radio button of the mode group.
  await page.locator('#f-mode-2').check()
  await page.waitForTimeout(3500) // the form refuses posts faster than a person types
  await page.locator('form.submission-form button[type="submit"]').press('Enter')
  await page.waitForURL(/\/register\/sent$/)
  await expect.poll(() => page.locator('h1').textContent()).toBe('Check your e-mail')
}

describe('registration for a hybrid event', () => {
  it('registers online, waitlists the next person, and gives them the seat when the first cancels', async () => {
    await createHybridEvent()
    const a = await openPage(browser())
    await register(a.page, 'Aino Esimerkki', first)
    const confirmation = await waitForMail(first, 'You have a place')
    expect(confirmation).toContain('Content-Type: text/calendar')
    expect(confirmation).not.toContain('e2e-room')
    const link = confirmation.match(/https?:\/\/[^\s"<>]+\/en\/registrations\/[A-Za-z0-9_-]+/)?.[0]
    expect(link).toBeDefined()

    const b = await openPage(browser())
    await register(b.page, 'Bertil Exempel', second)
    await waitForMail(second, 'You are on the waiting list')

    // The first person cancels from their personal page, with the keyboard.
    await a.page.goto(link!.replace(/^https?:\/\/[^/]+/, baseUrl))
    await expectNoAxeFindings(a.page, 'the participant’s own page')
    await expect.poll(() => a.page.locator('main').textContent()).toContain('Confirmed')
    await a.page.getByRole('button', { name: 'Cancel my registration' }).focus()
    await a.page.keyboard.press('Enter')
    await a.page.waitForURL(/done=cancelled$/)
    await expect.poll(() => a.page.locator('[role="status"]').textContent()).toBe('Your registration is cancelled.')

    // The second person gets the seat, and a mail says so.
    await waitForMail(second, 'A place became free for you')
    await a.context.close()
    await b.context.close()
  }, 90_000)
})

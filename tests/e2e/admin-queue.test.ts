import { describe, expect, it } from 'vitest'
import { baseUrl, openPage, url, useBrowser } from './helpers'

// Issue 8: an editor with the admin in English finds a Danish proposal by its title in the review
// queue on the dashboard, links the organisation the submitter named, ticks a criterion and publishes;
// the texts they read there carry their language (issue 15).
const browser = useBrowser()
const admin = { email: 'admin@example.org', password: 'e2e-admin-password' }
const sameOrigin = { origin: baseUrl, 'content-type': 'application/json' }
const title = `Lektiehjælp i Vejle ${Date.now().toString(36)}`
const organisation = 'Vejle Kommune – Jobcenter' // in the demo directory

type Practice = { id: number; workflowStatus: string; organisations: number[]; proposedOrganisation?: string }

// One API login for the whole test: logins are rate limited per client, and other files log in too.
let token: string | undefined
async function findProposal(): Promise<Practice | undefined> {
  if (!token) {
    const login = await fetch(url('/api/users/login'), { method: 'POST', headers: sameOrigin, body: JSON.stringify(admin) })
    token = ((await login.json()) as { token: string }).token
  }
  const res = await fetch(url(`/api/practices?locale=da&depth=0&where[title][equals]=${encodeURIComponent(title)}`), { headers: { ...sameOrigin, authorization: `JWT ${token}` } })
  return ((await res.json()) as { docs: Practice[] }).docs[0]
}

describe('the editor’s review queue', () => {
  it('leads an editor from the dashboard to a Danish proposal, which they link, tick and publish', async () => {
    // A reader proposes a practice in Danish, naming an organisation.
    const reader = await openPage(browser(), { locale: 'da-DK' })
    await reader.page.goto(url('/da/practices/propose'))
    await reader.page.locator('#f-title').fill(title)
    await reader.page.locator('#f-summary').fill('Frivillige hjælper elever med lektierne to aftener om ugen.')
    await reader.page.locator('#f-organisation').fill(organisation)
    await reader.page.locator('#f-country').selectOption('DK')
    await reader.page.locator('#f-howItWorks').fill('Studerende møder eleverne på biblioteket.')
    await reader.page.locator('#f-name').fill('Mette Eksempel')
    await reader.page.locator('#f-email').fill('mette@test.example')
    await reader.page.waitForTimeout(3500) // the form refuses posts faster than a person types
    await reader.page.locator('form.submission-form button[type="submit"]').click()
    await reader.page.waitForURL(/\/da\/practices\/propose\//)
    await reader.context.close()
    expect(await findProposal()).toMatchObject({ workflowStatus: 'submitted', organisations: [], proposedOrganisation: organisation })

    // The editor signs in with the admin in English and finds it in the review queue by its title.
    const { context, page } = await openPage(browser(), { locale: 'en-GB' })
    await page.goto(url('/admin'))
    await page.locator('input[name="email"]').fill(admin.email)
    await page.locator('input[name="password"]').fill(admin.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((u) => u.pathname === '/admin' || u.pathname === '/admin/')
    const queue = page.locator('section[aria-labelledby="review-queue-heading"]')
    await expect.poll(() => queue.locator('h2').textContent(), { timeout: 30_000 }).toBe('Review queue')
    const row = queue.locator('tr', { hasText: title })
    expect(await row.textContent()).toContain('Dansk') // the submission's language
    await row.locator('a').click()
    await page.waitForURL(/\/admin\/collections\/practices\/\d+/)

    // Facts: link the proposed organisation in one step.
    await page.getByRole('tab', { name: 'Facts' }).or(page.locator('button', { hasText: 'Facts' })).first().click()
    await page.locator('input#field-linkProposedOrganisation').check()
    // Review: tick a criterion, and move the proposal into review, then publish.
    await page.getByRole('tab', { name: 'Review' }).or(page.locator('button', { hasText: 'Review' })).first().click()
    const choose = async (field: string, option: string) => {
      await page.locator(`#field-${field} .rs__control`).click()
      await page.locator('.rs__option', { hasText: option }).first().click()
    }
    await choose('criteriaMet', 'Clear goals that can be followed up')
    await choose('workflowStatus', 'Being reviewed')
    await page.locator('#action-save').click()
    await expect.poll(async () => (await findProposal())?.workflowStatus, { timeout: 20_000 }).toBe('in-review')
    await choose('workflowStatus', 'Published')
    await page.locator('#action-save').click()
    await expect.poll(async () => (await findProposal())?.workflowStatus, { timeout: 20_000 }).toBe('published')
    expect((await findProposal())?.organisations).toHaveLength(1)

    // Issue 15: the texts carry their language although the admin is in English: a localized field
    // the content locale's, a one-language field (partners) the record's original language.
    const id = (await findProposal())!.id
    const langOf = (selector: string) => page.locator(selector).first().getAttribute('lang')
    for (const locale of ['da', 'en']) {
      await page.goto(url(`/admin/collections/practices/${id}?locale=${locale}`))
      await expect.poll(() => langOf('#field-summary'), { timeout: 20_000 }).toBe(locale)
      await page.getByRole('tab', { name: 'Description' }).or(page.locator('button', { hasText: 'Description' })).first().click()
      await expect.poll(() => langOf('[data-lexical-editor="true"]'), { timeout: 20_000 }).toBe(locale)
      await page.getByRole('tab', { name: 'Facts' }).or(page.locator('button', { hasText: 'Facts' })).first().click()
      await expect.poll(() => langOf('#field-partners'), { timeout: 20_000 }).toBe('da')
    }
    await context.close()

    // Readers see it with its responsible organisation.
    const practicePage = await (await fetch(url(`/da/practices?q=${encodeURIComponent(title)}`))).text()
    expect(practicePage).toContain(title)
  })
})

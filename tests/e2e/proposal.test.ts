import { describe, expect, it } from 'vitest'
import { translate } from '../../src/i18n/translate'
import { baseUrl, expectNoAxeFindings, openPage, practicesFor, url, useBrowser } from './helpers'
import { waitForMail } from './outbox'

const browser = useBrowser()
const admin = { email: 'admin@example.org', password: 'e2e-admin-password' }
const sameOrigin = { origin: baseUrl, 'content-type': 'application/json' }
const unique = `Läxläsning ${Date.now().toString(36)}`

/** The private link from the newest mail to this address. */
async function privateLinkFor(email: string): Promise<string> {
  const link = (await waitForMail(email)).match(/https?:\/\/[^\s]+\/submissions\/[A-Za-z0-9_-]+/)?.[0]
  if (!link) throw new Error(`no private link mailed to ${email}`)
  return link
}

async function adminToken(): Promise<string> {
  const res = await fetch(url('/api/users/login'), { method: 'POST', headers: sameOrigin, body: JSON.stringify(admin) })
  return ((await res.json()) as { token: string }).token
}

describe('proposing a practice, from the public form to publication', () => {
  it('shows errors next to the fields and at the top, keeps the input, then accepts the fixed form', async () => {
    const { context, page } = await openPage(browser(), { locale: 'sv-SE' })
    await page.goto(url('/sv/practices/propose'))
    await expectNoAxeFindings(page, '/sv/practices/propose')
    await page.locator('#f-title').fill(unique)
    await page.locator('#f-summary').fill('Volontärer hjälper elever med läxorna två kvällar i veckan.')
    await page.locator('#f-country').selectOption('SE')
    await page.locator('#f-howItWorks').fill('Studenter möter eleverna på biblioteket.')
    await page.locator('#f-name').fill('Sara Exempel')
    // The deliberate error: no e-mail address. The form also refuses posts faster than a person types.
    await page.waitForTimeout(3500)
    await page.locator('form.submission-form button[type="submit"]').click()
    await page.waitForSelector('#error-summary')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('error-summary')
    expect(await page.locator('#f-email').getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('#f-email-error').textContent()).toBeTruthy()
    expect(await page.locator('#error-summary a[href="#f-email"]').count()).toBe(1)
    expect(await page.locator('#f-title').inputValue()).toBe(unique)
    await expectNoAxeFindings(page, '/sv/practices/propose (with errors)')

    await page.locator('#f-email').fill('sara@test.example')
    await page.waitForTimeout(3500)
    await page.locator('form.submission-form button[type="submit"]').click()
    await page.waitForURL(/\/sv\/practices\/propose\//)
    expect(await page.locator('main h1').textContent()).toContain('Tack')
    expect(await page.locator('main').textContent()).toMatch(/IB-\d{4}-\d+/)
    await expectNoAxeFindings(page, 'proposal thank-you page')

    // Not public yet.
    await page.goto(url(`/sv/practices?q=${encodeURIComponent(unique)}`))
    expect(await page.locator('main .results .card').count()).toBe(0)

    // The submitter's private status page.
    await page.goto(await privateLinkFor('sara@test.example'))
    expect(await page.locator('main').textContent()).toContain(unique)
    await expectNoAxeFindings(page, 'private status page')
    await context.close()
  })

  it('keeps the unpublished proposal out of the REST and GraphQL API for anonymous callers', async () => {
    const restTotal = async (headers: Record<string, string> = {}) =>
      ((await (await fetch(url(`/api/practices?locale=sv&where[title][equals]=${encodeURIComponent(unique)}`), { headers })).json()) as { totalDocs: number }).totalDocs
    const graphqlTotal = async (headers: Record<string, string> = {}) => {
      const gql = await fetch(url('/api/graphql'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: `{ Practices(locale: sv, where: { title: { equals: ${JSON.stringify(unique)} } }) { totalDocs } }` }),
      })
      return ((await gql.json()) as { data?: { Practices: { totalDocs: number } } }).data?.Practices.totalDocs
    }
    expect(await restTotal()).toBe(0)
    expect(await graphqlTotal()).toBe(0)
    // The same queries find it for an editor, so the zeros above are access, not a query that finds nothing.
    const auth = { ...sameOrigin, authorization: `JWT ${await adminToken()}` }
    expect(await restTotal(auth)).toBe(1)
    expect(await graphqlTotal(auth)).toBe(1)
  })

  it('an editor reviews and publishes it, and it appears in the idea bank', async () => {
    const token = await adminToken()
    const auth = { ...sameOrigin, authorization: `JWT ${token}` }
    const found = (await (
      await fetch(url(`/api/practices?locale=sv&depth=0&where[title][equals]=${encodeURIComponent(unique)}`), { headers: auth })
    ).json()) as { docs: { id: number; slug: string; workflowStatus: string }[] }
    expect(found.docs[0]?.workflowStatus).toBe('submitted')
    const { id, slug } = found.docs[0]
    for (const workflowStatus of ['in-review', 'published']) {
      const res = await fetch(url(`/api/practices/${id}?locale=sv`), {
        method: 'PATCH',
        headers: auth,
        // Publishing needs ticked criteria and a municipality or responsible organisation (issue 8).
        body: JSON.stringify({ workflowStatus, criteriaMet: ['clear-goals', 'described-activities'], municipality: 'Malmö' }),
      })
      expect(res.status, await res.clone().text()).toBe(200)
    }
    const { context, page } = await openPage(browser())
    await page.goto(url(`/sv/practices?q=${encodeURIComponent(unique)}`))
    await page.locator(`main .results a[href="/sv/practices/${slug}"]`).click()
    await page.waitForURL(url(`/sv/practices/${slug}`))
    expect(await page.locator('main h1').textContent()).toBe(unique)
    await context.close()
  })

  it('takes a replication report for a published practice', async () => {
    const { own } = practicesFor('en')
    const municipality = `Tromsø ${Date.now().toString(36)}`
    const email = `kari-${Date.now().toString(36)}@test.example`
    const { context, page } = await openPage(browser())
    await page.goto(url(`/en/practices/${own.slug}/replicate`))
    await expectNoAxeFindings(page, 'replication form')
    await page.locator('#f-municipality').fill(municipality)
    await page.locator('#f-country').selectOption('NO')
    await page.locator('#f-startDate').fill('2024-05-01')
    await page.locator('#f-changes').fill('We met in the library instead of the town hall.')
    await page.locator('#f-outcomes').fill('Twenty regular visitors after three months.')
    await page.locator('#f-name').fill('Kari Nordmann')
    await page.locator('#f-email').fill(email)
    // The form refuses posts faster than a person types.
    await page.waitForTimeout(3500)
    await page.locator('form.submission-form button[type="submit"]').click()

    // The confirmation names the reference and where the receipt went.
    await page.waitForURL(new RegExp(`/en/practices/${own.slug}/replicate/thanks\\?receipt=`))
    expect(await page.locator('main h1').textContent()).toBe(translate('en', 'replicate.thanksTitle'))
    const reference = (await page.locator('main [role="status"]').textContent())?.match(/RP-\d{4}-\d{4,}/)?.[0]
    expect(reference).toMatch(/^RP-/)
    expect(await page.locator('main [role="status"]').textContent()).toBe(translate('en', 'propose.thanksText', { reference: reference!, email }))
    await expectNoAxeFindings(page, 'replication thank-you page')
    await context.close()

    // Stored for review under that reference, for this practice, and not public yet.
    const auth = { ...sameOrigin, authorization: `JWT ${await adminToken()}` }
    const practice = (await (await fetch(url(`/api/practices?depth=0&where[slug][equals]=${own.slug}`), { headers: auth })).json()) as { docs: { id: number }[] }
    const query = `/api/replications?depth=0&where[submitter.reference][equals]=${reference}`
    const stored = (await (await fetch(url(query), { headers: auth })).json()) as {
      docs: { practice: number; municipality: string; country: string; workflowStatus: string; language: string; submitter: { email: string } }[]
    }
    expect(stored.docs).toHaveLength(1)
    expect(stored.docs[0]).toMatchObject({
      practice: practice.docs[0].id,
      municipality,
      country: 'NO',
      language: 'en',
      workflowStatus: 'submitted',
      submitter: { email },
    })
    const anonymous = (await (await fetch(url(`/api/replications?depth=0&where[municipality][equals]=${encodeURIComponent(municipality)}`))).json()) as { totalDocs: number }
    expect(anonymous.totalDocs).toBe(0)
    expect(await (await fetch(url(`/en/practices/${own.slug}`))).text()).not.toContain(municipality)

    // The receipt, sent by the mail job, carries the same reference.
    expect(await waitForMail(email, reference!)).toContain(reference!)
  })
})

import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPage, runAxe, url, useBrowser } from './helpers'

// Issue 8: the admin is as accessible as Payload allows. Axe (WCAG 2.1 A and AA) runs over the login,
// the dashboard, a list view and an edit view. What it finds in Payload's own UI, which we cannot
// change, is allowed below, rule by rule and element by element, and listed in the accessibility
// statement (src/seed/data/pages.ts). Anything else, in our components above all, fails the test.
const browser = useBrowser()
const admin = { email: 'admin@example.org', password: 'e2e-admin-password' }

type Allowed = { rule: string; selector: RegExp; owner: string }

/** Findings in Payload 3.90.1's own markup. "(needs review)": axe could not decide, e.g. contrast under an overlapping element. */
const payloadOwned: Allowed[] = [
  { rule: 'aria-hidden-focus', selector: /^\.dropdown-indicator$/, owner: 'react-select’s dropdown arrow: aria-hidden, yet focusable' },
  { rule: 'label', selector: /^#react-select-[\w-]+-input$/, owner: 'a react-select search input without a label' },
  { rule: 'label', selector: /^#_R_\w+$/, owner: 'the list’s row-selection checkboxes, without a label' },
  { rule: 'button-name', selector: /^\.clickable-arrow/, owner: 'the list’s previous/next page arrows, without a name' },
  { rule: 'button-name', selector: /^\.doc-controls__popup > .popup__trigger-wrap > \.popup-button/, owner: 'the edit view’s “more actions” (⋯) button, without a name' },
  { rule: 'aria-input-field-name', selector: /\.ContentEditable__root\[contenteditable="true"\]\[role="textbox"\]$/, owner: 'the rich-text editor’s text box, not tied to its field label' },
  { rule: 'list', selector: /^\.doc-tabs__tabs$/, owner: 'the edit view’s tabs: a <ul> with children other than <li>' },
  { rule: 'nested-interactive', selector: /^\.rs__multi-value$/, owner: 'react-select’s chosen values: a remove button inside a focusable value' },
  { rule: 'aria-prohibited-attr (needs review)', selector: /^\.doc-tab--active$/, owner: 'aria-label on the active edit-view tab, a <div> with no role' },
  // The same findings when the page has several alike: axe then spells out the whole path to the
  // element, so these match the path's end (how many there are depends on the document shown).
  { rule: 'aria-hidden-focus', selector: / > \.(dropdown|clear)-indicator(\[role="button"\])?\[aria-hidden="true"\]$/, owner: 'react-select’s dropdown arrow and clear button: aria-hidden, yet focusable' },
  { rule: 'nested-interactive', selector: / > \.rs__multi-value$/, owner: 'react-select’s chosen values: a remove button inside a focusable value' },
  {
    rule: 'color-contrast (needs review)',
    selector: /^(#react-select-[\w-]+-placeholder|:root)$| > \.react-select--single-value\.rs__single-value[\w.-]*$/,
    owner: 'react-select’s placeholders and chosen values: axe cannot see their background',
  },
  { rule: 'aria-valid-attr-value (needs review)', selector: /^#field-\w+$/, owner: 'a checkbox field whose aria attributes point at help Payload renders later' },
  {
    rule: 'color-contrast (needs review)',
    selector: /^(#card-[\w-]+ > h3|#heading-\w+ > \.sort-column|\.row-\d+ > \.cell-|\.selected--[\w-]+ > span|a\[aria-label="API"\]|li:nth-child\(\d\) > \.doc-controls__|#field-\w+$)/,
    owner: 'dashboard cards, list cells and headings, the edit view’s header and its text areas under the sticky header: axe cannot see their background',
  },
]

type Pair = { rule: string; target: string; help: string }

/** What axe finds, violations and undecided results both, minus Payload's own listed above. */
async function ourFindings(page: Page): Promise<Pair[]> {
  const { violations, incomplete } = await runAxe(page)
  const pairs = [
    ...violations.flatMap((v) => v.nodes.map((n) => ({ rule: v.id, target: n.target, help: `${v.help}: ${n.summary}` }))),
    ...incomplete.flatMap((v) => v.nodes.map((n) => ({ rule: `${v.id} (needs review)`, target: n.target, help: `${v.help}: ${n.summary}` }))),
  ]
  return pairs.filter((p) => !payloadOwned.some((a) => a.rule === p.rule && a.selector.test(p.target)))
}

let context: BrowserContext
let page: Page

beforeAll(async () => {
  ;({ context, page } = await openPage(browser(), { locale: 'en-GB' }))
})
afterAll(async () => {
  await context?.close()
})

describe('the admin under axe, WCAG 2.1 A and AA, beyond Payload’s own listed findings', () => {
  it('the allow-list does not hide a finding in our own markup (checked on an unnamed button added to the page)', async () => {
    await page.goto(url('/admin/login'))
    await page.locator('input[name="email"]').waitFor()
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<section id="document-counts-heading"><button class="our-own"></button></section>'))
    expect((await ourFindings(page)).map((f) => f.rule)).toContain('button-name')
  })
  it('the login page', async () => {
    await page.goto(url('/admin/login'))
    await page.locator('input[name="email"]').waitFor()
    expect(await ourFindings(page)).toEqual([])
  })
  it('the dashboard, with our counts and queues', async () => {
    await page.locator('input[name="email"]').fill(admin.email)
    await page.locator('input[name="password"]').fill(admin.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((u) => u.pathname === '/admin' || u.pathname === '/admin/')
    await page.locator('#document-counts-heading').waitFor()
    expect(await ourFindings(page)).toEqual([])
  })
  it('a list view', async () => {
    await page.goto(url('/admin/collections/practices'))
    await page.locator('table').first().waitFor()
    expect(await ourFindings(page)).toEqual([])
  })
  it('an edit view, with our language-marked fields', async () => {
    await page.locator('table tbody tr a').first().click()
    await page.waitForURL(/\/admin\/collections\/practices\/\d+/)
    await page.locator('#field-title').waitFor()
    expect(await ourFindings(page)).toEqual([])
  })
})

describe('the admin’s browser-tab title', () => {
  it('ends in the site’s name in the editor’s admin language', async () => {
    const swedish = await openPage(browser(), { locale: 'sv-SE' })
    await swedish.page.goto(url('/admin/login'))
    await swedish.page.locator('input[name="email"]').waitFor()
    expect(await swedish.page.title()).toMatch(/ · Nordisk kunskapsbank för integration$/)
    await swedish.context.close()
    expect(await page.title()).toMatch(/ · Nordic Integration Clearinghouse$/)
  })
})

import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { AxeResults, RunOptions } from 'axe-core'
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject } from 'vitest'
import { fallbackChains, locales, type Locale } from '../../src/i18n/locales'
import { news } from '../../src/seed/data/news'
import { practicesA } from '../../src/seed/data/practices-a'
import { practicesB } from '../../src/seed/data/practices-b'

/** The server under test, started by scripts/e2e.mjs. */
export const baseUrl = (process.env.E2E_BASE_URL ?? 'http://localhost:3101').replace(/\/+$/, '')

export const url = (path: string) => `${baseUrl}${path}`

/**
 * Connects to the Chromium started in global-setup.ts for this file's tests and disconnects after them.
 * Returns a getter, since the connection exists only once beforeAll has run.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await chromium.connect(inject('browserWsEndpoint'))
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (!browser) throw new Error('the browser is not connected yet')
    return browser
  }
}

/** A fresh context (own cookies) with a page; close the context when done. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  // A fixed browser language unless the test sends its own Accept-Language (which locale would override).
  const ownHeader = Object.keys(options.extraHTTPHeaders ?? {}).some((h) => h.toLowerCase() === 'accept-language')
  const context = await browser.newContext(ownHeader ? options : { locale: 'en-GB', ...options })
  const page = await context.newPage()
  return { context, page }
}

/** The text of the element that has focus, with its tag, for readable focus-order assertions. */
export function focused(page: Page): Promise<{ tag: string; text: string; href: string | null; className: string } | null> {
  return page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return null
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').trim(),
      href: el.getAttribute('href'),
      className: el.getAttribute('class') ?? '',
    }
  })
}

// ── Demo content (src/seed/data), loaded into the test server by SEED=demo ──────────────────────

export type DemoNews = (typeof news)[number]

export const demoNews = news

/** The language a news item is shown in to a reader of `reader`, following the fallback chain. */
export function shownLanguage(item: DemoNews, reader: Locale): Locale {
  const shown = fallbackChains[reader].find((l) => item.translations[l])
  if (!shown) throw new Error(`${item.slug} has no translation at all`)
  return shown
}

/** A news item that exists in `locale`, and one that lacks it (so the fallback notice shows). */
export function newsFor(locale: Locale): { own: DemoNews; fallback: DemoNews } {
  const own = news.find((n) => n.translations[locale])
  const fallback = news.find((n) => !n.translations[locale])
  if (!own || !fallback) throw new Error(`the demo news has no item with and without ${locale}`)
  return { own, fallback }
}

export { locales, type Locale }

// ── axe-core ──────────────────────────────────────────────────────────────────────────────────

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

export type AxeFinding = { id: string; impact: string | null; help: string; nodes: { target: string; summary: string }[] }

/**
 * Runs axe-core in the page with the WCAG 2.1 A and AA rules. The script goes in through the
 * DevTools protocol (page.evaluate), which the page's Content-Security-Policy does not govern,
 * so the policy stays on. Returns the violations and what axe could not decide ("needs review",
 * e.g. text contrast it could not measure), which the tests treat as failures too.
 */
export async function runAxe(page: Page): Promise<{ violations: AxeFinding[]; incomplete: AxeFinding[] }> {
  await page.evaluate(`${axeSource}\n;undefined`)
  return page.evaluate(async (tags: string[]) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: RunOptions) => Promise<AxeResults> } }).axe
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] })
    const simplify = (list: AxeResults['violations']) =>
      list.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        nodes: v.nodes.map((n) => ({
          target: n.target.map(String).join(' '),
          summary: n.failureSummary || [...n.any, ...n.all, ...n.none].map((c) => c.message).join('; '),
        })),
      }))
    return { violations: simplify(results.violations), incomplete: simplify(results.incomplete) }
  }, wcagTags)
}

/** Findings as readable lines for an assertion message. */
export function describeFindings(where: string, findings: AxeFinding[], kind = 'axe violation(s)'): string {
  if (findings.length === 0) return `${where}: none`
  return [
    `${where}: ${findings.length} ${kind}`,
    ...findings.flatMap((v) => [
      `  • ${v.id} (${v.impact ?? 'n/a'}): ${v.help}`,
      ...v.nodes.slice(0, 8).map((n) => `      ${n.target}\n        ${n.summary.replace(/\n/g, '\n        ')}`),
      ...(v.nodes.length > 8 ? [`      … and ${v.nodes.length - 8} more`] : []),
    ]),
  ].join('\n')
}

/** Asserts axe finds nothing: no violations and nothing it could not decide. */
export async function expectNoAxeFindings(page: Page, where: string): Promise<void> {
  const { violations, incomplete } = await runAxe(page)
  expect(violations, describeFindings(where, violations)).toEqual([])
  expect(incomplete, describeFindings(where, incomplete, 'result(s) axe could not decide (needs review)')).toEqual([])
}

// ── Colour contrast of what has focus ─────────────────────────────────────────────────────────

/**
 * For the focused element: contrast of its text with its background, and of its focus outline with
 * the background around it (WCAG 1.4.3 and 1.4.11), from computed styles. Backgrounds are the
 * nearest opaque ones up the tree (for the outline: of the parent, since the ring lies outside).
 */
export function focusContrast(page: Page): Promise<{ text: number; outline: number; outlineStyle: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement
    const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number)
    const background = (start: Element | null): number[] => {
      for (let e = start; e; e = e.parentElement) {
        const [r, g, b, a = 1] = parse(getComputedStyle(e).backgroundColor)
        if (a > 0) return [r, g, b]
      }
      return [255, 255, 255]
    }
    const luminance = ([r, g, b]: number[]) => {
      const lin = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4)
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    }
    const ratio = (a: number[], b: number[]) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
      return (hi + 0.05) / (lo + 0.05)
    }
    const style = getComputedStyle(el)
    return {
      text: ratio(parse(style.color), background(el)),
      outline: ratio(parse(style.outlineColor), background(el.parentElement)),
      outlineStyle: style.outlineStyle,
    }
  })
}

// ── Idea bank demo content ────────────────────────────────────────────────────────────────────

export const demoPractices = [...practicesA, ...practicesB]

/** A published demo practice in the reader's language and one shown through the fallback chain. */
export function practicesFor(locale: Locale): { own: (typeof demoPractices)[number]; fallback: (typeof demoPractices)[number] } {
  const own = demoPractices.find((p) => p.translations[locale])
  const fallback = demoPractices.find((p) => !p.translations[locale])
  if (!own || !fallback) throw new Error(`demo practices lack a case for ${locale}`)
  return { own, fallback }
}

// ── Public page templates ─────────────────────────────────────────────────────────────────────

export type PublicTemplate = {
  name: string
  /** The path under /<locale>. */
  path: string
  /** The status the page must answer. */
  status: number
  /** It always shows demo documents (titles, summaries), not only the site's own words. */
  showsContent: boolean
}

/**
 * Every public page template in one list, for the checks that go through them all (axe, reflow,
 * the language of parts): a new template added here is checked by each of them.
 */
export function publicTemplates(locale: Locale): PublicTemplate[] {
  const { own, fallback } = newsFor(locale)
  const practice = practicesFor(locale)
  const t = (name: string, path: string, showsContent: boolean, status = 200): PublicTemplate => ({ name, path, status, showsContent })
  return [
    t('home', '/', true),
    t('news list', '/news', true),
    t('news list, page 2', '/news?page=2', true),
    t('news list, filtered by theme', '/news?theme=housing', true),
    t('news item in the reader’s language', `/news/${own.slug}`, true),
    t('news item shown in another language', `/news/${fallback.slug}`, true),
    t('themes list', '/themes', true),
    t('theme', '/themes/labour-market', true),
    t('about page', '/about', false),
    t('accessibility statement', '/accessibility', false),
    t('privacy notice', '/privacy', false),
    t('idea bank', '/practices', true),
    t('idea bank, page 2', '/practices?page=2', true),
    t('idea bank, two facets and text', '/practices?country=SE&country=DK&target=youth&q=a', false),
    t('idea bank, nothing found', '/practices?q=zzzzzz', false),
    t('practice in the reader’s language', `/practices/${practice.own.slug}`, true),
    t('practice shown in another language', `/practices/${practice.fallback.slug}`, true),
    t('quality criteria', '/practices/criteria', false),
    t('proposal form', '/practices/propose', false),
    t('replication form', `/practices/${practice.own.slug}/replicate`, false),
    t('organisations', '/organisations', true),
    t('organisations, filtered', '/organisations?country=FI', false),
    t('organisation', '/organisations/se-malmo-city', true),
    t('idea bank, only in my language', '/practices?lang=mine', true),
    t('news list, only in my language', '/news?lang=mine', true),
    t('organisations, only in my language', '/organisations?lang=mine', false),
    t('themes list, only in my language', '/themes?lang=mine', false),
    t('languages help', '/languages', true),
    t('events calendar', '/events', true),
    t('events calendar, filtered', '/events?format=online&kind=own&lang=mine', false),
    t('past events', '/events/past', true),
    t('own hybrid event', '/events/nordic-integration-conference', true),
    t('own event, full with a waiting list', '/events/september-seminar-civil-society', true),
    t('event by others (in Swedish only)', '/events/malmo-integration-day', true),
    t('registration form of a hybrid event', '/events/nordic-integration-conference/register', false),
    t('newsletter sign-up', '/newsletter', false),
    t('newsletter sign-up done', '/newsletter/sent', false),
    t('newsletter archive', '/newsletter/archive', true),
    t('newsletter issue in all six languages', '/newsletter/archive/newsletter-2026-11', true),
    t('newsletter issue in Finnish, Icelandic and English', '/newsletter/archive/newsletter-2026-06', true),
    t('404 page', '/no-such-page', false, 404),
  ]
}

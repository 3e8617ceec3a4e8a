import { newsletterIssues } from '../../src/seed/data/newsletter-issues'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { events } from '../../src/seed/data/events'
import { news } from '../../src/seed/data/news'
import { organisations } from '../../src/seed/data/organisations'
import { replicationsA } from '../../src/seed/data/replications-a'
import { replicationsB } from '../../src/seed/data/replications-b'
import { themes } from '../../src/seed/data/themes'
import { demoPractices, locales, openPage, publicTemplates, url, useBrowser, type Locale } from './helpers'

/**
 * WCAG 2.1 AA 3.1.2 Language of Parts, over every public template in all six locales: every text
 * whose language the site knows (from the demo content: localized titles, summaries and
 * descriptions, and the fields kept in a record's language) sits inside an element whose nearest
 * `lang` is that language. Text equal in several languages is left out: its language is not known.
 */
const browser = useBrowser()

function knownTexts(): [text: string, language: Locale][] {
  const found = new Map<string, Set<Locale>>()
  const add = (text: string | undefined, language: Locale) => {
    const t = text?.trim()
    // Short strings ("Lund", "Vejle") are names or would match interface words.
    if (!t || t.length < 12) return
    if (!found.has(t)) found.set(t, new Set())
    found.get(t)!.add(language)
  }
  for (const p of demoPractices) {
    for (const [l, tr] of Object.entries(p.translations) as [Locale, { title: string; summary: string }][]) {
      add(tr.title, l)
      add(tr.summary, l)
    }
    add(p.partners, p.originalLanguage)
    add(p.contact?.role, p.originalLanguage)
    for (const link of p.links ?? []) add(link.label, p.originalLanguage)
  }
  for (const r of [...replicationsA, ...replicationsB]) {
    if (!r.language) continue
    add(r.changes, r.language)
    add(r.outcomes, r.language)
  }
  for (const n of news) for (const [l, tr] of Object.entries(n.translations) as [Locale, { title: string; summary: string }][]) {
    add(tr.title, l)
    add(tr.summary, l)
  }
  for (const issue of newsletterIssues) for (const [l, tr] of Object.entries(issue.translations) as [Locale, { title: string; preheader: string }][]) {
    add(tr.title, l)
    add(tr.preheader, l)
  }
  for (const th of themes) for (const [l, tr] of Object.entries(th.translations) as [Locale, { title: string; description: string }][]) {
    add(tr.title, l)
    add(tr.description, l)
  }
  for (const o of organisations) for (const [l, d] of Object.entries(o.description ?? {}) as [Locale, string][]) add(d, l)
  const each = (texts: Partial<Record<Locale, string>> | undefined) => {
    for (const [l, text] of Object.entries(texts ?? {}) as [Locale, string][]) add(text, l)
  }
  for (const e of events) {
    for (const [l, tr] of Object.entries(e.translations) as [Locale, { title: string; summary: string }][]) {
      add(tr.title, l)
      add(tr.summary, l)
    }
    each(e.accessibility)
    each(e.afterwards?.report)
    for (const s of e.programme ?? []) {
      each(s.title)
      for (const sp of s.speakers ?? []) each(sp.role)
    }
  }
  return [...found].filter(([, ls]) => ls.size === 1).map(([t, ls]) => [t, [...ls][0]])
}

/** The public templates that show demo content, plus the pages that show most text kept in one language. */
function templates(locale: Locale): [name: string, path: string][] {
  return [
    ...publicTemplates(locale)
      .filter((t) => t.showsContent)
      .map((t): [string, string] => [t.name, t.path]),
    ['practice with partners, links and replication reports (Danish)', '/practices/vejle-fast-track-industry-jobs'],
    ['practice with replication reports (Swedish)', '/practices/gothenburg-school-home-bridge-builders'],
    ['practice (Norwegian)', '/practices/bergen-work-practice-introduction'],
    ['practice (Finnish)', `/practices/${demoPractices.find((p) => p.originalLanguage === 'fi')!.slug}`],
    ['practice (Icelandic)', `/practices/${demoPractices.find((p) => p.originalLanguage === 'is')!.slug}`],
  ]
}

type Unmarked = { text: string; expected: string; got: string | null }

/** Text nodes with known text whose nearest lang is not the text's language. */
function unmarked(page: Page, known: [string, Locale][]): Promise<{ checked: number; wrong: Unmarked[] }> {
  return page.evaluate((pairs: [string, string][]) => {
    const byText = new Map(pairs)
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    const wrong: Unmarked[] = []
    let checked = 0
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement
      if (!parent || parent.closest('script, style')) continue
      const text = (n.textContent ?? '').trim()
      const expected = byText.get(text)
      if (!expected) continue
      checked++
      const got = parent.closest('[lang]')?.getAttribute('lang') ?? null
      if (got !== expected) wrong.push({ text: text.slice(0, 80), expected, got })
    }
    return { checked, wrong }
  }, known)
}

const known = knownTexts()

it('knows the language of the demo content’s texts (the check has something to check)', () => {
  expect(known.length).toBeGreaterThan(200)
  expect(known).toContainEqual(['Sprogcenter Vejle, Erhvervsnetværk Trekanten og over 60 lokale produktionsvirksomheder', 'da'])
})

it('finds known text without its lang (checked on a page made to fail)', async () => {
  const { context, page } = await openPage(browser())
  const partners = 'Sprogcenter Vejle, Erhvervsnetværk Trekanten og over 60 lokale produktionsvirksomheder'
  await page.setContent(`<!DOCTYPE html><html lang="fi"><body><dl><dd>${partners}</dd></dl><p lang="da">${partners}</p></body></html>`)
  expect(await unmarked(page, known)).toEqual({ checked: 2, wrong: [{ text: partners.slice(0, 80), expected: 'da', got: 'fi' }] })
  await context.close()
})

describe.each(locales)('language of parts in %s', (locale) => {
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    ;({ context, page } = await openPage(browser(), { locale }))
  })
  afterAll(async () => {
    await context?.close()
  })

  it.each(templates(locale))('%s (%s): every text of known language carries its lang', async (name, path) => {
    const response = await page.goto(url(`/${locale}${path}`))
    expect(response?.status(), path).toBe(200)
    const { checked, wrong } = await unmarked(page, known)
    expect(wrong, `/${locale}${path} (${name}): text without its lang`).toEqual([])
    if (path !== '/languages') expect(checked, `/${locale}${path}: no text of known language found`).toBeGreaterThan(0)
  })
})

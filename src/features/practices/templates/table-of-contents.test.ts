import { describe, expect, it } from 'vitest'
import { translator } from '../../../i18n/translate'
import type { PageContext } from '../../../web/context'
import { html } from '../../../web/html'
import { tableOfContents, tocMinimum, type TocEntry } from './table-of-contents'

const ctx = { locale: 'fi', t: translator('fi') } as unknown as PageContext
const entries: TocEntry[] = [
  { id: 'section-challenge', heading: 'practice.challenge' },
  { id: 'section-goals', heading: 'practice.goals' },
  { id: 'section-results', heading: 'practice.results' },
]

describe('tableOfContents', () => {
  it('links each section in order, headings in the reader’s language', () => {
    const out = tableOfContents(ctx, entries, html``).value
    expect(out).toMatch(/^<nav class="toc" aria-labelledby="toc-title">\n  <h2 id="toc-title">Sisältö<\/h2>/)
    expect([...out.matchAll(/href="#([^"]+)"/g)].map((m) => m[1])).toEqual(['section-challenge', 'section-goals', 'section-results'])
  })

  it('is left out below three sections', () => {
    expect(tocMinimum).toBe(3)
    expect(tableOfContents(ctx, entries.slice(0, 2), html``).value).toBe('')
  })

  it('carries the reader’s language inside text of another language', () => {
    expect(tableOfContents(ctx, entries, html` lang="fi"`).value).toContain('<nav class="toc" aria-labelledby="toc-title" lang="fi">')
  })
})

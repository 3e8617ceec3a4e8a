import { describe, expect, it } from 'vitest'
import { translator } from '../../i18n/translate'
import type { PageContext } from '../context'
import { html } from '../html'
import { filterDisclosure } from './filter-disclosure'

const ctx = { locale: 'sv', t: translator('sv') } as unknown as PageContext

describe('filterDisclosure', () => {
  it('wraps the form in a closed <details> whose summary names the filter', () => {
    const out = filterDisclosure(ctx, 'Filtrera exempel', 0, html`<form></form>`).value
    expect(out).toMatch(/^<details class="filter-panel">\n<summary>Filtrera exempel<\/summary>\n<form><\/form>/)
    expect(out).not.toContain(' open')
  })

  it('counts the chosen values in the summary, in the reader’s language', () => {
    const out = filterDisclosure(ctx, 'Filtrera exempel', 2, html`<form></form>`).value
    expect(out).toContain('<summary>Filtrera exempel <span class="filter-count">(2 valda)</span></summary>')
  })
})

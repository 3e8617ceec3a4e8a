import { describe, expect, it } from 'vitest'
import { translator } from '../../i18n/translate'
import type { PageContext } from '../context'
import { breadcrumbs } from './breadcrumbs'

const ctx = { locale: 'sv', t: translator('sv') } as unknown as PageContext

describe('breadcrumbs', () => {
  it('is a named navigation with an ordered trail from the home page, the current page last and unlinked', () => {
    const out = breadcrumbs(ctx, [{ label: 'Idébank', path: '/practices' }], { label: 'Läxhjälp', language: 'sv' }).value
    expect(out).toMatch(/^<nav class="breadcrumbs" aria-label="Brödsmulor">/)
    expect(out).toContain(
      '<ol><li><a href="/sv/">Startsida</a></li><li><a href="/sv/practices">Idébank</a></li><li><span aria-current="page">Läxhjälp</span></li></ol>',
    )
  })

  it('marks the current title with its language when it is not the page’s, and escapes it', () => {
    const out = breadcrumbs(ctx, [], { label: 'Lektier <& mere>', language: 'da' }).value
    expect(out).toContain('<span aria-current="page" lang="da">Lektier &lt;&amp; mere&gt;</span>')
  })
})

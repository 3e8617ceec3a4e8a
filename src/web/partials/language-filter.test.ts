import { describe, expect, it } from 'vitest'
import { translator } from '../../i18n/translate'
import type { PageContext } from '../context'
import { cardLanguages, onlyMineField } from './language-filter'

const ctx = (locale: 'fi' | 'en') => ({ locale, t: translator(locale) }) as unknown as PageContext

describe('cardLanguages', () => {
  it('shows the codes in the site’s order, hidden from screen readers, and names them in a sentence', () => {
    expect(cardLanguages(ctx('en'), ['en', 'da']).value).toBe(
      '<p class="meta card-languages"><span aria-hidden="true">da · en</span><span class="visually-hidden">Available in Danish and English</span></p>',
    )
  })

  it('marks the line with the reader’s language inside a card shown in another one', () => {
    expect(cardLanguages(ctx('fi'), ['da'], 'da').value).toContain('<p class="meta card-languages" lang="fi">')
    expect(cardLanguages(ctx('fi'), ['fi'], 'fi').value).not.toContain('lang=')
  })

  it('shows nothing for a document in no language', () => {
    expect(cardLanguages(ctx('en'), []).value).toBe('')
  })
})

describe('onlyMineField', () => {
  it('is a GET checkbox named lang=mine, checked when chosen, with the way to the languages page', () => {
    const field = onlyMineField(ctx('fi'), true).value
    expect(field).toContain('<input type="checkbox" id="f-lang-mine" name="lang" value="mine" checked><label for="f-lang-mine">Vain suomeksi</label>')
    expect(field).toContain('<a href="/fi/languages">')
    expect(onlyMineField(ctx('fi'), false).value).not.toContain('checked')
  })
})

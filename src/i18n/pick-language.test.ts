import { describe, expect, it } from 'vitest'
import type { Locale } from './locales'
import { hasText, negotiateLocale, pickLanguage } from './pick-language'

describe('pickLanguage', () => {
  const only = (...ls: Locale[]) => (l: Locale) => ls.includes(l)
  it('prefers the reader language', () => {
    expect(pickLanguage('sv', only('en', 'sv'))).toBe('sv')
  })
  it('follows each chain in order', () => {
    expect(pickLanguage('sv', only('da', 'nb', 'en'))).toBe('nb')
    expect(pickLanguage('nb', only('sv', 'da'))).toBe('da')
    expect(pickLanguage('fi', only('en', 'sv'))).toBe('sv')
    expect(pickLanguage('is', only('sv', 'en'))).toBe('en')
    expect(pickLanguage('en', only('fi', 'is'))).toBe('fi')
    expect(pickLanguage('da', only('is'))).toBe('is')
  })
  it('gives undefined for a document with no language at all', () => {
    expect(pickLanguage('sv', only())).toBeUndefined()
  })
  it('treats blank strings as missing', () => {
    expect(hasText({ sv: '  ', en: 'x' }, 'sv')).toBe(false)
    expect(hasText({ sv: '  ', en: 'x' }, 'en')).toBe(true)
    expect(hasText('x', 'en')).toBe(false)
  })
})

describe('negotiateLocale', () => {
  it('takes the best supported language by quality', () => {
    expect(negotiateLocale('de-DE,fi;q=0.8,sv;q=0.9')).toBe('sv')
    expect(negotiateLocale('no,en;q=0.5')).toBe('nb')
    expect(negotiateLocale('nn-NO')).toBe('nb')
    expect(negotiateLocale('is-IS,en;q=0.1')).toBe('is')
  })
  it('ignores unsupported and zero-quality languages', () => {
    expect(negotiateLocale('de, fr;q=0.9')).toBeUndefined()
    expect(negotiateLocale('sv;q=0, da;q=0.2')).toBe('da')
    expect(negotiateLocale(undefined)).toBeUndefined()
    expect(negotiateLocale(';;;,,')).toBeUndefined()
  })
})

import { describe, expect, it } from 'vitest'
import { asciiWords } from './ascii-words'

describe('ASCII words', () => {
  it('transliterates Nordic letters', () => {
    expect(asciiWords('Språkcafé i Tórshavn – Þórður & Ærø', 80)).toBe('sprakcafe-i-torshavn-thordur-aero')
    expect(asciiWords('Kotoutuminen Äänekoskella ÖÖ', 80)).toBe('kotoutuminen-aanekoskella-oo')
    expect(asciiWords('Straße', 80)).toBe('strasse')
  })
  it('drops markup characters and everything outside a-z 0-9', () => {
    expect(asciiWords('<script>alert(1)</script>', 80)).toBe('script-alert-1-script')
    expect(asciiWords('تقرير', 80)).toBe('')
  })
  it('cuts long text at a word boundary', () => {
    expect(asciiWords('one two three four', 10)).toBe('one-two')
    expect(asciiWords('abcdefghijklmnop', 5)).toBe('abcde')
  })
})

import { describe, expect, it } from 'vitest'
import { formatDate, formatNumber, sortByLocale } from './format'

describe('locale formatting', () => {
  it('sorts å ä ö the Swedish way and æ ø å the Danish way', () => {
    const words = ['Öland', 'Ærø', 'Åre', 'Zürich', 'Ängel', 'Østerbro', 'Aalto']
    const id = (s: string) => s
    expect(sortByLocale('sv', words, id)).toEqual(['Aalto', 'Zürich', 'Åre', 'Ängel', 'Ærø', 'Öland', 'Østerbro'])
    expect(sortByLocale('da', words, id)).toEqual(['Zürich', 'Ängel', 'Ærø', 'Öland', 'Østerbro', 'Aalto', 'Åre'])
  })
  it('formats dates and numbers per locale', () => {
    expect(formatDate('sv', '2026-09-14T10:00:00Z')).toBe('14 september 2026')
    expect(formatDate('fi', '2026-09-14T10:00:00Z')).toBe('14. syyskuuta 2026')
    expect(formatDate('en', '2026-09-14T10:00:00Z')).toBe('14 September 2026')
    expect(formatNumber('sv', 12345.5)).toBe('12\u00a0345,5')
    expect(formatNumber('en', 12345.5)).toBe('12,345.5')
  })
})

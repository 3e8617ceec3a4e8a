import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it } from 'vitest'
import { intlTags, locales } from '../locales'
import { en } from './en'
import { catalogs } from './index'

const sample = {
  ...Object.fromEntries(
    ['name', 'date', 'theme', 'requested', 'shown', 'title', 'note', 'link', 'page', 'reference', 'email', 'field', 'label', 'practice', 'municipality', 'country', 'start', 'end', 'languages', 'mode', 'when', 'where', 'join', 'days', 'site', 'place', 'zone', 'time', 'month', 'status'].map((k) => [k, 'x']),
  ),
  count: 2,
  pages: 3,
  max: 5,
  size: 10,
  year: 2026,
  total: 150,
  waiting: 3,
}
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort()

describe('UI string catalogs', () => {
  const keys = Object.keys(en).sort()
  for (const locale of locales) {
    it(`${locale} has exactly the English keys, each non-empty`, () => {
      const catalog: Record<string, string> = catalogs[locale]
      expect(Object.keys(catalog).sort()).toEqual(keys)
      for (const key of keys) expect(catalog[key].trim(), key).not.toBe('')
    })
    it(`${locale} messages parse and use the same variables as English`, () => {
      const catalog: Record<string, string> = catalogs[locale]
      const english: Record<string, string> = en
      for (const key of keys) {
        const formatted = new IntlMessageFormat(catalog[key], intlTags[locale]).format(sample)
        expect(typeof formatted, key).toBe('string')
        const vars = (s: string) => [...new Set(placeholders(s).filter((v) => v in sample))]
        expect(vars(catalog[key]), key).toEqual(vars(english[key]))
      }
    })
  }
})

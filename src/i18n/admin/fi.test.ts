import { enTranslations } from '@payloadcms/translations/languages/en'
import { describe, expect, it } from 'vitest'
import { fiTranslations } from './fi'

type Tree = { [key: string]: Tree | string }

/** Every string of a nested translations object by its full key, e.g. 'general:save'. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}:${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [k, v] of flatten(value, path)) out.set(k, v)
  }
  return out
}

const english = flatten(enTranslations)
const finnish = flatten(fiTranslations)
const sorted = (s: string, pattern: RegExp) => [...new Set(s.match(pattern) ?? [])].sort()
const placeholders = (s: string) => sorted(s, /\{\{[^}]*\}\}/g)
// <0>…</0>, <1>…</1>: the parts Payload's <Translation> turns into links and bold text.
const elementTags = (s: string) => sorted(s, /<\/?\d+>/g)

/** Strings a Finnish admin rightly writes as English does (none so far). */
const sameInFinnish = new Set<string>([])

describe("Payload's admin in Finnish", () => {
  it('has every key of English, in every namespace, and no other', () => {
    expect(english.size).toBeGreaterThan(500)
    expect([...finnish.keys()].sort()).toEqual([...english.keys()].sort())
  })

  it('has no empty string', () => {
    const empty = [...finnish].filter(([, value]) => value.trim() === '').map(([key]) => key)
    expect(empty).toEqual([])
  })

  it("uses exactly English's {{placeholders}} and <n> element tags in each string", () => {
    for (const [key, en] of english) {
      const fi = finnish.get(key) ?? ''
      expect(placeholders(fi), key).toEqual(placeholders(en))
      expect(elementTags(fi), key).toEqual(elementTags(en))
    }
  })

  it('is translated, not copied: almost no string is the English one', () => {
    const copied = [...english].filter(([key, en]) => finnish.get(key) === en && !sameInFinnish.has(en)).map(([key]) => key)
    expect(copied.length / english.size).toBeLessThan(0.03)
    expect(copied).toEqual([])
  })

  it('names itself in Finnish in the language menu', () => {
    expect(fiTranslations.general.thisLanguage).toBe('Suomi')
  })
})

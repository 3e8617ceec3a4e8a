import { describe, expect, it } from 'vitest'
import { makeSlug, randomSuffix } from './make-slug'

describe('slugs of proposed practices', () => {
  it('transliterates the title and adds the suffix', () => {
    expect(makeSlug('Språkvän på Åland', 'abc123')).toBe('sprakvan-pa-aland-abc123')
    expect(makeSlug('Þjóðfélagsfræðsla fyrir nýbúa', 'x1')).toBe('thjodfelagsfraedsla-fyrir-nybua-x1')
    expect(makeSlug('Møde i Tórshavn', 'q')).toBe('mode-i-torshavn-q')
  })
  it('falls back when the title has no Latin letters', () => {
    expect(makeSlug('日本語', 'abc')).toBe('practice-abc')
  })
  it('stays within the slug rules', () => {
    const slug = makeSlug('word '.repeat(100))
    expect(slug.length).toBeLessThanOrEqual(120)
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    expect(randomSuffix()).toMatch(/^[a-z0-9]{6}$/)
  })
})

import { describe, expect, it } from 'vitest'
import { languageTarget } from './language-target'

describe('languageTarget', () => {
  it('keeps a path in the chosen language, with its escapes', () => {
    expect(languageTarget('sv', '/sv/nyheter/x%20y?sida=2')).toBe('/sv/nyheter/x%20y?sida=2')
  })

  it.each([
    ['another language', '/en/news/'],
    ['another site', '//evil.example/sv/'],
    ['an absolute URL', 'https://evil.example/sv/'],
    ['a repeated parameter', ['/sv/a', '/sv/b']],
    ['nothing', undefined],
  ])('goes home for %s', (_what, next) => {
    expect(languageTarget('sv', next)).toBe('/sv/')
  })

  it.each([
    ['CR/LF', '/sv/a\r\nSet-Cookie: x=1', '/sv/a%0D%0ASet-Cookie:%20x=1'],
    ['NUL', '/sv/a\u0000b', '/sv/a%00b'],
    ['non-Latin-1', '/sv/ny\u0150\u{1F600}', '/sv/ny%C5%90%F0%9F%98%80'],
    ['Latin-1', '/sv/\u00e5', '/sv/%C3%A5'],
  ])('percent-encodes %s', (_what, next, expected) => {
    expect(languageTarget('sv', next)).toBe(expected)
  })

  it('goes home for a lone surrogate, which cannot be encoded', () => {
    expect(languageTarget('sv', '/sv/\ud800')).toBe('/sv/')
  })
})

import { describe, expect, it } from 'vitest'
import { locales } from '../../i18n/locales'
import { translate } from '../../i18n/translate'
import { news } from './news'
import { pages } from './pages'

/** One brand name per language: the demo texts call the site by the name its header shows. */
describe('the brand name in the demo content', () => {
  const texts = [...pages, ...news].flatMap((doc) =>
    locales.flatMap((locale) => {
      const text = (doc.translations as Partial<Record<string, unknown>>)[locale]
      return text ? [{ locale, slug: doc.slug, json: JSON.stringify(text) }] : []
    }),
  )

  it.each(locales.filter((l) => l !== 'en'))('texts in %s use its own brand name, not the English one', (locale) => {
    const own = texts.filter((x) => x.locale === locale)
    expect(own.length).toBeGreaterThan(0)
    for (const x of own) expect(x.json, `${x.slug} (${locale})`).not.toContain(translate('en', 'site.name'))
    expect(own.some((x) => x.json.includes(translate(locale, 'site.name')))).toBe(true)
  })
})

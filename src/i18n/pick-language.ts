import { fallbackChains, isLocale, type Locale } from './locales'

/** A field read with locale "all": one value per language, any of them possibly missing. */
export type AllLocales<T> = Partial<Record<Locale, T | null>>

/** True when a localized value read with locale "all" has non-empty text in `locale`. */
export function hasText(value: unknown, locale: Locale): boolean {
  if (!value || typeof value !== 'object') return false
  const v = (value as Record<string, unknown>)[locale]
  return typeof v === 'string' && v.trim() !== ''
}

/** The value of one language from a field read with locale "all". */
export function inLocale(value: unknown, locale: Locale): unknown {
  if (!value || typeof value !== 'object') return undefined
  return (value as Record<string, unknown>)[locale]
}

/**
 * The language to show a document in: the reader's, else the first in the reader's fallback chain
 * that the document has. The whole document is shown in that one language, never mixed.
 */
export function pickLanguage(reader: Locale, has: (locale: Locale) => boolean): Locale | undefined {
  return fallbackChains[reader].find(has)
}

/** Reads a locale list from the Accept-Language header, best quality first. */
export function negotiateLocale(acceptLanguage: string | undefined): Locale | undefined {
  if (!acceptLanguage) return undefined
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';')
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean)
      return { tag, q: q ? Number(q[1]) : 1, index }
    })
    .filter((r) => r.tag && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  for (const { tag } of ranked) {
    const base = tag.split('-')[0]
    // Norwegian comes as no, nb or nn; the site's Norwegian is bokmål.
    const mapped = base === 'no' || base === 'nn' ? 'nb' : base
    if (isLocale(mapped)) return mapped
  }
  return undefined
}

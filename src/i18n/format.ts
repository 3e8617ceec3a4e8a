import { intlTags, type Locale } from './locales'

const dateFormats = new Map<Locale, Intl.DateTimeFormat>()
const collators = new Map<Locale, Intl.Collator>()

/** A calendar date in the reader's locale, e.g. "14 september 2026" in Swedish. */
export function formatDate(locale: Locale, iso: string): string {
  let f = dateFormats.get(locale)
  if (!f) {
    f = new Intl.DateTimeFormat(intlTags[locale], { dateStyle: 'long', timeZone: 'Europe/Stockholm' })
    dateFormats.set(locale, f)
  }
  return f.format(new Date(iso))
}

export function formatNumber(locale: Locale, n: number): string {
  return new Intl.NumberFormat(intlTags[locale]).format(n)
}

/** Sorts by the reader's alphabet: Swedish puts å ä ö last, Danish and Norwegian æ ø å. */
export function sortByLocale<T>(locale: Locale, items: readonly T[], key: (item: T) => string): T[] {
  let c = collators.get(locale)
  if (!c) {
    c = new Intl.Collator(intlTags[locale])
    collators.set(locale, c)
  }
  const collator = c
  return [...items].sort((a, b) => collator.compare(key(a), key(b)))
}

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

const zonedRanges = new Map<string, Intl.DateTimeFormat>()

/**
 * An event's start and end on the clock of its own time zone, in the reader's locale, with the
 * zone's short name: "14 September 2026, 09:00–12:00 CEST". A range over two days names both.
 */
export function formatTimeRangeIn(locale: Locale, startIso: string, endIso: string, zone: string): string {
  const key = `${locale}\u0000${zone}`
  let f = zonedRanges.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(intlTags[locale], { timeZone: zone, day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' })
    zonedRanges.set(key, f)
  }
  return f.formatRange(new Date(startIso), new Date(endIso))
}

/** A time zone's name in the reader's language, e.g. "Central European Time" for Europe/Stockholm. */
export function formatZoneName(locale: Locale, zone: string, at: string): string {
  const parts = new Intl.DateTimeFormat(intlTags[locale], { timeZone: zone, timeZoneName: 'longGeneric' }).formatToParts(new Date(at))
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone
}

/** A month of a year ("2026-09") in the reader's locale: "September 2026". */
export function formatMonth(locale: Locale, month: string): string {
  const [y, m] = month.split('-').map(Number)
  return new Intl.DateTimeFormat(intlTags[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)))
}

import type { Locale } from '../../i18n/locales.js'

/** Rich text in seed data: a few block kinds, turned into Lexical JSON by the factories. */
export type SeedBlock =
  | { type: 'p'; text: string }
  | { type: 'h2'; text: string }
  | { type: 'ul'; items: string[] }

export const themeKeys = [
  'labour-market',
  'housing',
  'social-services',
  'children-and-youth',
  'regional-development',
] as const
export type ThemeKey = (typeof themeKeys)[number]

import type { CountryCode } from '../../fields/countries'

export { countryCodes, type CountryCode } from '../../fields/countries'

export type ThemeSeed = {
  key: ThemeKey
  /** Every theme exists in all six languages. */
  translations: Record<Locale, { title: string; description: string }>
}

export type PageSeed = {
  slug: 'about' | 'accessibility' | 'privacy'
  translations: Record<Locale, { title: string; summary: string; body: SeedBlock[] }>
}

export type NewsSeed = {
  slug: string
  /** ISO date, e.g. '2026-09-14'. */
  publishedAt: string
  themes: ThemeKey[]
  countries: CountryCode[]
  /** Key of an illustration in images.ts, if the item has one. */
  image?: string
  /** At least one language; missing ones make the fallback notice show. */
  translations: Partial<Record<Locale, { title: string; summary: string; body: SeedBlock[] }>>
}

export type ImageSeed = {
  key: string
  /** Two colours for a generated abstract illustration (hex). */
  colors: [string, string]
  alt: Record<Locale, string>
}

/** A localized short text: at least one language. */
export type SeedText = Partial<Record<Locale, string>>

export type EventSeed = {
  slug: string
  kind: 'own' | 'external'
  format: 'inPerson' | 'online' | 'hybrid'
  status?: 'scheduled' | 'cancelled' | 'postponed' | 'movedOnline'
  /**
   * Days from the seed date (negative: in the past), or the next such calendar date ("09-15": the
   * next 15 September), and the local start time on the event's clock.
   */
  day: number | { next: string }
  time: string
  /** Length in hours (a conference over two days: 30). */
  hours: number
  timeZone: 'Europe/Stockholm' | 'Europe/Oslo' | 'Europe/Copenhagen' | 'Europe/Helsinki' | 'Atlantic/Reykjavik' | 'Europe/Mariehamn' | 'Atlantic/Faroe' | 'America/Nuuk' | 'UTC'
  /** Keys of organisations in organisations.ts. */
  organisers: string[]
  themes: ThemeKey[]
  countries: CountryCode[]
  venue?: { name: string; street?: string; postalCode?: string; city: string; country: CountryCode; mapUrl?: string }
  externalUrl?: string
  joinUrl?: string
  spokenLanguages: Locale[]
  interpretation?: ('signLanguage' | 'nordicLanguages' | 'english' | 'captions')[]
  accessibility?: SeedText
  programme?: { start: string; end?: string; title: SeedText; speakers?: { name: string; role?: SeedText; organisation?: string }[] }[]
  registration?: { capacityInPerson?: number; capacityOnline?: number; deadlineDays?: number; closed?: boolean }
  afterwards?: { recordingUrl?: string; report?: SeedText }
  /** Demo registrations to create per mode (own events), some beyond capacity to fill the waiting list. */
  registrants?: { inPerson?: number; online?: number }
  /** At least one language; missing ones make the fallback notice show. */
  translations: Partial<Record<Locale, { title: string; summary: string; description: SeedBlock[] }>>
}

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

/** The six site languages, defined once for Payload localization and public routing. */
export const locales = ['sv', 'nb', 'da', 'fi', 'is', 'en'] as const
export type Locale = (typeof locales)[number]

export const defaultLocale: Locale = 'en'

/** Each language named in itself, for the language switcher. */
export const localeNames: Record<Locale, string> = {
  sv: 'Svenska',
  nb: 'Norsk bokmål',
  da: 'Dansk',
  fi: 'Suomi',
  is: 'Íslenska',
  en: 'English',
}

/** BCP 47 tags used with Intl (dates, numbers, collation). */
export const intlTags: Record<Locale, string> = {
  sv: 'sv-SE',
  nb: 'nb-NO',
  da: 'da-DK',
  fi: 'fi-FI',
  is: 'is-IS',
  en: 'en-GB',
}

/**
 * Per-document fallback chains: when a document lacks the reader's language,
 * the first language in the chain that it has is shown (with a notice).
 */
export const fallbackChains: Record<Locale, readonly Locale[]> = {
  sv: ['sv', 'nb', 'da', 'en', 'fi', 'is'],
  nb: ['nb', 'da', 'sv', 'en', 'fi', 'is'],
  da: ['da', 'nb', 'sv', 'en', 'fi', 'is'],
  fi: ['fi', 'sv', 'en', 'nb', 'da', 'is'],
  is: ['is', 'en', 'da', 'nb', 'sv', 'fi'],
  en: ['en', 'sv', 'nb', 'da', 'fi', 'is'],
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

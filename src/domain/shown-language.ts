import type { Locale } from '../i18n/locales'
import { hasText, inLocale, pickLanguage } from '../i18n/pick-language'

export type Shown = { language: Locale; isFallback: boolean }

/** Which language a document read with locale "all" is shown in, judged by a required field. */
export function shownLanguage(reader: Locale, field: unknown): Shown | undefined {
  const language = pickLanguage(reader, (l) => hasText(field, l))
  return language ? { language, isFallback: language !== reader } : undefined
}

/** A text field's value in one language (empty string when absent). */
export function text(field: unknown, language: Locale): string {
  const v = inLocale(field, language)
  return typeof v === 'string' ? v : ''
}

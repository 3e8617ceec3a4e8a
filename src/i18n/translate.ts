import { IntlMessageFormat } from 'intl-messageformat'
import { intlTags, type Locale } from './locales'
import { catalogs } from './messages'
import type { MessageKey } from './messages/en'

export type MessageValues = Record<string, string | number>
export type Translator = (key: MessageKey, values?: MessageValues) => string

const compiled = new Map<string, IntlMessageFormat>()

/** Formats one UI string (ICU MessageFormat) in the given locale. */
export function translate(locale: Locale, key: MessageKey, values?: MessageValues): string {
  const cacheKey = `${locale}\u0000${key}`
  let format = compiled.get(cacheKey)
  if (!format) {
    format = new IntlMessageFormat(catalogs[locale][key], intlTags[locale])
    compiled.set(cacheKey, format)
  }
  return String(format.format(values))
}

export function translator(locale: Locale): Translator {
  return (key, values) => translate(locale, key, values)
}

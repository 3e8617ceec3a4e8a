import { countryCodes } from '../fields/countries'
import { sortByLocale } from './format'
import type { Locale } from './locales'
import type { MessageKey } from './messages/en'
import type { Translator } from './translate'

/** The UI label of a vocabulary value, e.g. label(t, 'target', 'youth') → t('target.youth'). */
export function label(t: Translator, prefix: string, value: string): string {
  return t(`${prefix}.${value}` as MessageKey)
}

/** Select or checkbox options for vocabulary values, labelled in the reader's language. */
export function labelledOptions(t: Translator, prefix: string, values: readonly string[]): { value: string; label: string }[] {
  return values.map((value) => ({ value, label: label(t, prefix, value) }))
}

/** The Nordic countries and autonomous areas, named and sorted in the reader's language. */
export function countryChoices(t: Translator, locale: Locale): { value: string; label: string }[] {
  return sortByLocale(locale, labelledOptions(t, 'country', countryCodes), (o) => o.label)
}

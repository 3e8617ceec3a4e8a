import type { Locale } from '../../../i18n/locales'
import type { ImportTexts } from './admin/ImportSubscribers'
import { importProblems } from './import-format'
import { importText } from './import-text'

/** The import form's texts in one admin language, as the client component takes them. */
export function importTextsIn(lang: Locale): ImportTexts {
  const { reasons, ...rest } = importText
  const plain = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, value[lang]])) as Omit<ImportTexts, 'reasons'>
  return { ...plain, reasons: Object.fromEntries(importProblems.map((r) => [r, reasons[r][lang]])) as ImportTexts['reasons'] }
}

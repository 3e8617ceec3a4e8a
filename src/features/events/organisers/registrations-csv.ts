import type { Locale } from '../../../i18n/locales'
import { translate } from '../../../i18n/translate'
import type { MessageKey } from '../../../i18n/messages/en'
import type { Registration } from '../../../payload-types'
import { organiserText as text } from './organiser-text'

const columns = ['name', 'email', 'organisation', 'country', 'sector', 'mode', 'status', 'needs', 'listConsent', 'newsletter', 'attended', 'queuedAt'] as const

/**
 * One cell: quoted when it holds a separator, quote or line break; and a text that a spreadsheet
 * would run as a formula (= + - @, tab, carriage return first) gets a leading apostrophe, so a
 * registrant cannot plant a formula in the organisers' Excel.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/**
 * An event's registrations as CSV for the organisers: UTF-8 with a byte-order mark (so Excel reads
 * å, ø and ð right), CRLF lines, headers and values in the organiser's admin language.
 */
export function registrationsCsv(rows: readonly Registration[], lang: Locale): string {
  const yesNo = (b: boolean | null | undefined) => (b ? text.yes[lang] : text.no[lang])
  const label = (prefix: string, v: string | null | undefined) => (v ? translate(lang, `${prefix}.${v}` as MessageKey) : '')
  const lines = [columns.map((c) => csvCell(text.csvColumns[c][lang])).join(',')]
  for (const r of rows) {
    const values: Record<(typeof columns)[number], string> = {
      name: r.name,
      email: r.email,
      organisation: r.organisation ?? '',
      country: label('country', r.country),
      sector: label('sector', r.sector),
      mode: label('attendanceMode', r.mode),
      status: label('registrationStatus', r.status),
      needs: r.needs ?? '',
      listConsent: yesNo(r.listConsent),
      newsletter: yesNo(r.newsletterOptIn),
      attended: yesNo(r.attended),
      queuedAt: r.queuedAt,
    }
    lines.push(columns.map((c) => csvCell(values[c])).join(','))
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

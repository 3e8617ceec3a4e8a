import { emailKey } from '../../../domain/email-key'
import { isLocale, type Locale } from '../../../i18n/locales'
import { importColumns, requiredColumns, type ImportColumn, type ImportProblem } from './import-format'
import { parseCsv } from './parse-csv'

export type ImportRow = {
  line: number
  email: string
  emailKey: string
  locale: Locale
  themes: number[]
  status: 'confirmed' | 'unsubscribed'
  subscribedAt: Date
  confirmedAt: Date
  unsubscribedAt?: Date
  consentSource?: string
  consentText?: string
}

// Exactly what Payload's email field accepts (payload/dist/fields/validations.js, 3.90.1): ASCII
// only, so an address with å or ø in it is reported here rather than failing when saved.
const emailPattern = /^(?!.*\.\.)[\w!#$%&'*+/=?^`{|}~-](?:[\w!#$%&'*+/=?^`{|}~.-]*[\w!#$%&'*+/=?^`{|}~-])?@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i
const datePattern = /^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?)?$/

/** A date as old mailers export them: 2019-03-01, 2019-03-01 14:05(:09) (UTC), or full ISO 8601. */
function readDate(value: string, now: Date): Date | undefined | 'bad' {
  const v = value.trim()
  if (!v) return undefined
  if (!datePattern.test(v)) return 'bad'
  const [y, m, d] = v.slice(0, 10).split('-').map(Number) as [number, number, number]
  // Not a real day (2019-02-30 would roll over into March): a typo, not a subscription date.
  const day = new Date(Date.UTC(y, m - 1, d))
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) return 'bad'
  const time = v.slice(10).replace(' ', 'T')
  const date = new Date(`${v.slice(0, 10)}${time || 'T00:00:00'}${/(Z|[+-]\d{2}:?\d{2})$/.test(time) ? '' : 'Z'}`)
  if (Number.isNaN(date.getTime())) return 'bad'
  // A date in the future is a typo too.
  return date.getTime() > now.getTime() ? 'bad' : date
}

/**
 * The rows of an import file checked one by one: each good row, and each bad one with its line
 * and reason (an invalid address, an unknown language or theme, a bad date, a row repeating an
 * earlier row's address). A bad row never stops the good ones. `themes` maps the slugs the file
 * may name to their ids.
 */
export function readImportRows(text: string, themes: ReadonlyMap<string, number>, now = new Date()): { rows: ImportRow[]; problems: ImportProblem[] } {
  const [header, ...records] = parseCsv(text)
  const names = (header?.cells ?? []).map((c) => c.trim().toLowerCase())
  if (requiredColumns.some((c) => !names.includes(c))) return { rows: [], problems: [{ line: 1, reason: 'missingColumns' }] }
  const index = Object.fromEntries(importColumns.map((c) => [c, names.indexOf(c)])) as Record<ImportColumn, number>
  const rows: ImportRow[] = []
  const problems: ImportProblem[] = []
  const seen = new Set<string>()
  for (const { line, cells } of records) {
    // The export defuses cells a spreadsheet would run as formulas with a leading apostrophe: undone here.
    const cell = (c: ImportColumn) => (index[c] >= 0 ? (cells[index[c]] ?? '').trim().replace(/^'(?=[=+\-@\t\r])/, '') : '')
    const email = cell('email')
    const bad = (reason: ImportProblem['reason'], column?: ImportColumn) => problems.push({ line, email: email || undefined, reason, column })
    if (!emailPattern.test(email) || email.length > 254) {
      bad('invalidEmail', 'email')
      continue
    }
    const language = cell('language').toLowerCase()
    if (!isLocale(language)) {
      bad('unknownLanguage', 'language')
      continue
    }
    const slugs = cell('themes').split(/[|,;\s]+/).filter(Boolean)
    if (slugs.some((s) => !themes.has(s.toLowerCase()))) {
      bad('unknownTheme', 'themes')
      continue
    }
    const statusText = cell('status').toLowerCase() || 'subscribed'
    const status = statusText === 'subscribed' || statusText === 'confirmed' ? 'confirmed' : statusText === 'unsubscribed' ? 'unsubscribed' : undefined
    if (!status) {
      bad('badStatus', 'status')
      continue
    }
    const subscribedAt = readDate(cell('subscribed_at'), now)
    const confirmedAt = readDate(cell('confirmed_at'), now) ?? subscribedAt
    const unsubscribedAt = readDate(cell('unsubscribed_at'), now)
    const badDate = ([['subscribed_at', subscribedAt], ['confirmed_at', confirmedAt], ['unsubscribed_at', unsubscribedAt]] as const).find(([, d]) => d === 'bad')
    if (badDate || !(subscribedAt instanceof Date) || !(confirmedAt instanceof Date) || (status === 'unsubscribed' && !(unsubscribedAt instanceof Date))) {
      bad('badDate', badDate?.[0] ?? (subscribedAt instanceof Date ? 'unsubscribed_at' : 'subscribed_at'))
      continue
    }
    const until = unsubscribedAt instanceof Date && status === 'unsubscribed' ? unsubscribedAt : undefined
    if (confirmedAt < subscribedAt || (until && until < confirmedAt)) {
      bad('datesOutOfOrder')
      continue
    }
    const key = emailKey(email)
    if (seen.has(key)) {
      bad('duplicateInFile', 'email')
      continue
    }
    seen.add(key)
    rows.push({
      line,
      email,
      emailKey: key,
      locale: language,
      themes: [...new Set(slugs.map((s) => themes.get(s.toLowerCase())!))],
      status,
      subscribedAt,
      confirmedAt,
      unsubscribedAt: until,
      consentSource: cell('consent_source') || undefined,
      consentText: cell('consent_text') || undefined,
    })
  }
  return { rows, problems }
}

import type { Subscriber } from '../../../payload-types'
import { csvCell } from '../../events/organisers/registrations-csv'
import { importColumns } from './import-format'

const columns = [...importColumns, 'suspended_at', 'suspended_reason', 'source'] as const

const idOf = (t: number | { id: number }) => (typeof t === 'object' ? t.id : t)

/**
 * All subscribers as CSV in the import's own format (so an export imports again elsewhere), plus
 * the suspension and where each subscription came from. Codes, not labels: this file is for
 * machines and the yearly report's spreadsheet, the same in every admin language. UTF-8 with a
 * byte-order mark and CRLF, cells guarded against spreadsheet formulas.
 */
export function subscribersCsv(subscribers: readonly Subscriber[], themeSlugs: ReadonlyMap<number, string>): string {
  const lines = [columns.join(',')]
  for (const s of subscribers) {
    const consents = s.consents ?? []
    const imported = consents.find((c) => c.action === 'imported')
    const consented = consents.filter((c) => c.action === 'confirmed' || c.action === 'imported').at(-1)
    const values: Record<(typeof columns)[number], string> = {
      email: s.email,
      language: s.locale,
      themes: (s.themes ?? []).map((t) => themeSlugs.get(idOf(t)) ?? '').filter(Boolean).join('|'),
      status: s.status,
      subscribed_at: s.firstSubscribedAt ?? s.requestedAt ?? '',
      confirmed_at: s.confirmedAt ?? '',
      unsubscribed_at: s.unsubscribedAt ?? '',
      consent_source: imported?.detail ?? s.source ?? '',
      consent_text: consented?.wording ?? '',
      suspended_at: s.suspendedAt ?? '',
      suspended_reason: s.suspendedReason ?? '',
      source: s.source ?? '',
    }
    lines.push(columns.map((c) => csvCell(values[c])).join(','))
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

import type { Payload } from 'payload'
import { rawRows } from '../../../db/raw-sql'
import { isLocale, type Locale } from '../../../i18n/locales'

export type PendingDelivery = {
  id: number
  email: string
  locale: Locale
  /** The subscriber's sealed personal token; undefined when the subscriber was erased since. */
  tokenSealed?: string
  /** Whether the subscriber still wants the newsletter now (unsubscribed or paused since the fan-out: no). */
  subscribed: boolean
}

/** A batch's deliveries still to send, with what each copy needs from its subscriber, in one query. */
export async function pendingDeliveries(payload: Payload, issue: number, batch: number): Promise<PendingDelivery[]> {
  const select = `SELECT d.id, d.email, d.locale, s.token_sealed, s.status
    FROM newsletter_deliveries d LEFT JOIN subscribers s ON s.id = d.subscriber_id`
  const rows = await rawRows(
    payload,
    {
      postgres: `${select} WHERE d.issue_id = $1 AND d.batch = $2 AND d.state = 'pending' ORDER BY d.id`,
      sqlite: `${select} WHERE d.issue_id = ? AND d.batch = ? AND d.state = 'pending' ORDER BY d.id`,
    },
    [issue, batch],
  )
  return rows.map((r) => ({
    id: Number(r.id),
    email: String(r.email),
    locale: isLocale(r.locale) ? r.locale : 'en',
    tokenSealed: typeof r.token_sealed === 'string' ? r.token_sealed : undefined,
    subscribed: r.status === 'confirmed',
  }))
}

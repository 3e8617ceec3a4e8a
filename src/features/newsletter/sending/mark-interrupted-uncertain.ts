import type { Payload } from 'payload'
import { dialectOf, rawRows } from '../../../db/raw-sql'

/**
 * A batch starting (or resuming) marks its deliveries left in `sending` as `uncertain`: a run that
 * died between storing `sending` and storing the outcome may or may not have handed the copy to the
 * SMTP server, and sending again could mean two copies. Only one runner runs a batch at a time,
 * so nothing else is mid-transaction on these rows. Returns how many were marked.
 */
export async function markInterruptedUncertain(payload: Payload, issue: number, batch: number): Promise<number> {
  const rows = await rawRows(
    payload,
    {
      postgres: `UPDATE newsletter_deliveries SET state = 'uncertain', state_at = now(), updated_at = now(), error = 'interrupted during the SMTP transaction'
        WHERE issue_id = $1 AND batch = $2 AND state = 'sending' RETURNING id`,
      sqlite: `UPDATE newsletter_deliveries SET state = 'uncertain', state_at = ?, updated_at = ?, error = 'interrupted during the SMTP transaction'
        WHERE issue_id = ? AND batch = ? AND state = 'sending' RETURNING id`,
    },
    dialectOf(payload) === 'postgres' ? [issue, batch] : [new Date().toISOString(), new Date().toISOString(), issue, batch],
  )
  return rows.length
}

import type { Payload } from 'payload'
import { dialectOf, rawRows } from '../../../db/raw-sql'

/**
 * One pending delivery per subscriber confirmed now, numbered into batches of `batchSize` (by
 * subscriber id), in one statement: thousands of rows in well under a second, and atomic, so a
 * fan-out cut off by a crash left either all of them or none. Does nothing when the issue already
 * has deliveries (a second run); the unique (issue, subscriber) index is the last guard.
 */
export async function insertDeliveries(payload: Payload, issue: number, batchSize: number): Promise<void> {
  const now = new Date().toISOString()
  await rawRows(
    payload,
    {
      postgres: `INSERT INTO newsletter_deliveries (issue_id, subscriber_id, email, locale, batch, state, state_at, updated_at, created_at)
        SELECT $1, s.id, s.email, s.locale::text::enum_newsletter_deliveries_locale, (row_number() OVER (ORDER BY s.id) - 1) / $2::integer,
          'pending', now(), now(), now()
        FROM subscribers s
        WHERE s.status = 'confirmed' AND NOT EXISTS (SELECT 1 FROM newsletter_deliveries d WHERE d.issue_id = $1)
        ON CONFLICT (issue_id, subscriber_id) DO NOTHING`,
      sqlite: `INSERT INTO newsletter_deliveries (issue_id, subscriber_id, email, locale, batch, state, state_at, updated_at, created_at)
        SELECT ?, s.id, s.email, s.locale, (row_number() OVER (ORDER BY s.id) - 1) / CAST(? AS INTEGER), 'pending', ?, ?, ?
        FROM subscribers s
        WHERE s.status = 'confirmed' AND NOT EXISTS (SELECT 1 FROM newsletter_deliveries d WHERE d.issue_id = ?)
        ON CONFLICT (issue_id, subscriber_id) DO NOTHING`,
    },
    dialectOf(payload) === 'postgres' ? [issue, batchSize] : [issue, batchSize, now, now, now, issue],
  )
}

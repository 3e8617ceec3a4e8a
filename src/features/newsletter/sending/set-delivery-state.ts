import type { Payload } from 'payload'
import { dialectOf, rawRows } from '../../../db/raw-sql'
import type { DeliveryState } from '../vocabulary'

/**
 * Moves one delivery from `from` to `to` in one conditional statement (committed at once, outside
 * any transaction); false when it was not in `from` any more (someone else moved it).
 */
export async function setDeliveryState(
  payload: Payload,
  id: number,
  from: DeliveryState,
  to: DeliveryState,
  extra: { messageId?: string; error?: string } = {},
): Promise<boolean> {
  const error = extra.error?.slice(0, 500) ?? null
  const rows = await rawRows(
    payload,
    {
      postgres: `UPDATE newsletter_deliveries SET state = $1, state_at = now(), updated_at = now(), message_id = coalesce($2, message_id), error = $3
        WHERE id = $4 AND state = $5 RETURNING id`,
      sqlite: `UPDATE newsletter_deliveries SET state = ?, state_at = ?, updated_at = ?, message_id = coalesce(?, message_id), error = ?
        WHERE id = ? AND state = ? RETURNING id`,
    },
    dialectOf(payload) === 'postgres'
      ? [to, extra.messageId ?? null, error, id, from]
      : [to, new Date().toISOString(), new Date().toISOString(), extra.messageId ?? null, error, id, from],
  )
  return rows.length === 1
}

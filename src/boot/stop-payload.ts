import type { Payload } from 'payload'
import { changeStreamOf } from '../changes/change-stream'
import { closeNewsletterTransports } from '../features/newsletter/sending/newsletter-transport'

type PoolClient = { release?: () => void }
type Pool = { end: () => Promise<void>; ended?: boolean; _clients?: PoolClient[]; _idle?: { client: PoolClient }[] }

/**
 * Ends the PostgreSQL pool, which Payload's destroy() leaves open. Payload's adapter checks one
 * client out at connect and never gives it back, and end() waits for every checked-out client: so
 * once the instance has stopped working, the clients still out are handed back first.
 */
async function endPool(pool: Pool): Promise<void> {
  if (pool.ended) return
  const idle = new Set((pool._idle ?? []).map((i) => i.client))
  for (const client of pool._clients ?? []) {
    if (!idle.has(client)) {
      try {
        client.release?.()
      } catch {
        // Already handed back.
      }
    }
  }
  await pool.end()
}

/** Stops what startPayload started: the change stream's own connection, then Payload, then its pool. */
export async function stopPayload(payload: Payload): Promise<void> {
  await changeStreamOf(payload)?.stop()
  // Idle pooled SMTP connections would otherwise keep the process (and the peer's close) waiting.
  closeNewsletterTransports()
  await payload.destroy()
  const pool = (payload.db as { pool?: Pool }).pool
  if (pool) await endPool(pool)
}

import { createHmac } from 'node:crypto'
import type { Payload } from 'payload'
import { rawRows } from '../db/raw-sql'

export type RateVerdict = { allowed: boolean; retryAfterSeconds: number }

/**
 * The bucket key for a form and a client address. The address is kept only as an HMAC with the
 * site's secret: the table holds no personal data in clear, yet one address always maps to one key.
 */
export function rateLimitKey(secret: string, name: string, address: string): string {
  return `${name}:${createHmac('sha256', secret).update(address).digest('base64url')}`
}

// One statement per hit, atomic on both databases: a new key or an expired window starts at 1,
// otherwise the count goes up. The SET expressions all see the row as it was before the update.
const upsert = (p: (n: number) => string) => `
  insert into rate_limit_buckets (key, window_start, expires_at, hits) values (${p(1)}, ${p(2)}, ${p(3)}, 1)
  on conflict (key) do update set
    hits = case when rate_limit_buckets.expires_at <= ${p(2)} then 1 else rate_limit_buckets.hits + 1 end,
    window_start = case when rate_limit_buckets.expires_at <= ${p(2)} then excluded.window_start else rate_limit_buckets.window_start end,
    expires_at = case when rate_limit_buckets.expires_at <= ${p(2)} then excluded.expires_at else rate_limit_buckets.expires_at end
  returning hits, expires_at`
const hitSql = { postgres: upsert((n) => `$${n}`), sqlite: upsert((n) => `?${n}`) }
const sweepSql = { postgres: 'delete from rate_limit_buckets where expires_at <= $1', sqlite: 'delete from rate_limit_buckets where expires_at <= ?1' }

const sweepEveryMs = 60_000
const lastSweep = new WeakMap<Payload, number>()

/** Deletes the buckets whose window has ended (they would restart at 1 anyway). */
export async function sweepRateLimitBuckets(payload: Payload, now = Date.now()): Promise<void> {
  await rawRows(payload, sweepSql, [now])
}

/** Turns a bucket's state after this hit into the answer to the client. */
export function verdictOf(hits: number, expiresAt: number, limit: number, now: number): RateVerdict {
  const allowed = hits <= limit
  return { allowed, retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((expiresAt - now) / 1000)) }
}

/**
 * Counts one attempt in a fixed window shared by every instance on the database
 * (table rate_limit_buckets). Expired windows are deleted at most once a minute per instance.
 */
export async function hitRateLimit(
  payload: Payload,
  opts: { key: string; limit: number; windowMs: number; now?: number },
): Promise<RateVerdict> {
  const now = opts.now ?? Date.now()
  const rows = await rawRows(payload, hitSql, [opts.key, now, now + opts.windowMs])
  const row = rows[0] ?? {}
  if (now - (lastSweep.get(payload) ?? 0) >= sweepEveryMs) {
    lastSweep.set(payload, now)
    // Housekeeping must never fail or delay a request.
    sweepRateLimitBuckets(payload, now).catch(() => {})
  }
  return verdictOf(Number(row.hits), Number(row.expires_at), opts.limit, now)
}

const deleteSql = {
  postgres: 'delete from rate_limit_buckets where key = $1 or substr(key, 1, $3) = $2',
  sqlite: 'delete from rate_limit_buckets where key = ?1 or substr(key, 1, ?3) = ?2',
}

/**
 * Empties the bucket `key` and every bucket whose key starts with `prefix` (an admin lifting the
 * login limits of one account). A prefix, not LIKE: base64url keys contain `_`, LIKE's wildcard.
 */
export async function deleteRateLimitBuckets(payload: Payload, opts: { key: string; prefix: string }): Promise<void> {
  await rawRows(payload, deleteSql, [opts.key, opts.prefix, opts.prefix.length])
}

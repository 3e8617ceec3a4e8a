import type { Payload } from 'payload'
import { dialectOf, rawRows, type Row } from '../../db/raw-sql'

const ids = (rows: Row[]): number[] => rows.map((r) => Number(r.id))

/**
 * Claims up to `limit` due jobs for one runner in a single conditional statement, so two runners
 * never get the same job: on PostgreSQL rows locked by another claim are skipped (SKIP LOCKED) and
 * the outer condition re-checks `processing`; SQLite runs one writing statement at a time.
 */
export async function claimDueJobs(payload: Payload, runner: string, limit: number): Promise<number[]> {
  if (limit <= 0) return []
  const now = new Date().toISOString()
  return ids(
    await rawRows(
      payload,
      {
        postgres: `UPDATE payload_jobs SET processing = true, claimed_by = $1, claimed_at = now(), updated_at = now()
          WHERE processing IS NOT TRUE AND id IN (
            SELECT id FROM payload_jobs
            WHERE completed_at IS NULL AND has_error IS NOT TRUE AND processing IS NOT TRUE
              AND (wait_until IS NULL OR wait_until <= now())
            ORDER BY created_at, id LIMIT $2 FOR UPDATE SKIP LOCKED)
          RETURNING id`,
        sqlite: `UPDATE payload_jobs SET processing = 1, claimed_by = ?, claimed_at = ?, updated_at = ?
          WHERE coalesce(processing, 0) = 0 AND id IN (
            SELECT id FROM payload_jobs
            WHERE completed_at IS NULL AND coalesce(has_error, 0) = 0 AND coalesce(processing, 0) = 0
              AND (wait_until IS NULL OR wait_until <= ?)
            ORDER BY created_at, id LIMIT ?)
          RETURNING id`,
      },
      dialectOf(payload) === 'postgres' ? [runner, limit] : [runner, now, now, now, limit],
    ),
  )
}

/**
 * Takes over jobs whose runner stopped renewing its claim (killed, or its machine gone) for longer
 * than the lease. The job runs again from its recorded state; only one runner wins each job.
 */
export async function reclaimStaleJobs(payload: Payload, runner: string, leaseSeconds: number, limit: number): Promise<number[]> {
  if (limit <= 0) return []
  const now = new Date()
  const cutoff = new Date(now.getTime() - leaseSeconds * 1000).toISOString()
  return ids(
    await rawRows(
      payload,
      {
        postgres: `UPDATE payload_jobs SET claimed_by = $1, claimed_at = now(), updated_at = now()
          WHERE id IN (
            SELECT id FROM payload_jobs
            WHERE processing = true AND completed_at IS NULL AND has_error IS NOT TRUE
              AND coalesce(claimed_at, updated_at) < now() - make_interval(secs => $2)
            ORDER BY created_at, id LIMIT $3 FOR UPDATE SKIP LOCKED)
          RETURNING id`,
        sqlite: `UPDATE payload_jobs SET claimed_by = ?, claimed_at = ?, updated_at = ?
          WHERE id IN (
            SELECT id FROM payload_jobs
            WHERE processing = 1 AND completed_at IS NULL AND coalesce(has_error, 0) = 0
              AND coalesce(claimed_at, updated_at) < ?
            ORDER BY created_at, id LIMIT ?)
          RETURNING id`,
      },
      dialectOf(payload) === 'postgres' ? [runner, leaseSeconds, limit] : [runner, now.toISOString(), now.toISOString(), cutoff, limit],
    ),
  )
}

/** Renews a running job's claim; the lease only runs out when this stops (the process died). */
export async function renewClaim(payload: Payload, runner: string, id: number): Promise<void> {
  await rawRows(
    payload,
    {
      postgres: 'UPDATE payload_jobs SET claimed_at = now() WHERE id = $1 AND claimed_by = $2',
      sqlite: 'UPDATE payload_jobs SET claimed_at = ? WHERE id = ? AND claimed_by = ?',
    },
    dialectOf(payload) === 'postgres' ? [id, runner] : [new Date().toISOString(), id, runner],
  )
}

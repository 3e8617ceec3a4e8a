import type { Payload } from 'payload'
import { dialectOf, rawRows } from '../db/raw-sql'
import { practiceIndex } from '../features/practices/search/practice-index'
import { loadMigrations } from './load-migrations'

export type Readiness = { ready: true } | { ready: false; reason: string }

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

/**
 * Whether this instance can serve readers: the database answers (within `timeoutMs`), every
 * migration of its dialect is recorded as applied, and the idea bank's index is loaded. The reason
 * is short and technical, never a detail of the data.
 */
export async function checkReadiness(payload: Payload, options: { needsIndex?: boolean; timeoutMs?: number } = {}): Promise<Readiness> {
  const { needsIndex = true, timeoutMs = 2000 } = options
  let applied: Set<string>
  try {
    const query = 'select name from payload_migrations'
    const rows = await within(timeoutMs, rawRows(payload, { postgres: query, sqlite: query }, []))
    applied = new Set(rows.map((r) => String(r.name)))
  } catch {
    return { ready: false, reason: 'database unreachable' }
  }
  const pending = (await loadMigrations(dialectOf(payload))).filter((m) => !applied.has(m.name))
  if (pending.length > 0) return { ready: false, reason: `${pending.length} migration(s) not applied` }
  // A worker serves no readers, so it does not load the idea bank's index.
  if (needsIndex && !practiceIndex(payload).loaded) return { ready: false, reason: 'practice index not loaded' }
  return { ready: true }
}

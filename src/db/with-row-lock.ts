import type { Payload, PayloadRequest } from 'payload'
import { inTransaction } from './in-transaction'
import { dialectOf } from './raw-sql'

type PgSession = { db: { execute: (query: unknown) => Promise<unknown> } }

export type RowLock = <T>(payload: Payload, id: number, work: (req: PayloadRequest) => Promise<T>) => Promise<T>

/**
 * A lock per row of one kind (`namespace` keeps kinds apart: events' seats, a subscriber's bounces,
 * the start-up lock). `work` runs in one transaction as the only holder for that id: in this process
 * a queue per id (so at most one of the instance's database connections waits), and on PostgreSQL,
 * across instances, a transaction-scoped advisory lock taken first in that transaction, released
 * only when its writes are committed. SQLite serves one instance, so the queue is the whole lock.
 */
export function rowLock(namespace: number): RowLock {
  const queues = new Map<number, Promise<unknown>>()
  return <T>(payload: Payload, id: number, work: (req: PayloadRequest) => Promise<T>): Promise<T> => {
    const before = queues.get(id) ?? Promise.resolve()
    const run = before.catch(() => undefined).then(() => inTransaction(payload, async (req) => {
      if (dialectOf(payload) === 'postgres' && req.transactionID !== undefined) {
        const { sql } = await import('@payloadcms/db-postgres')
        const session = (payload.db as unknown as { sessions: Record<string, PgSession> }).sessions[String(await req.transactionID)]
        await session.db.execute(sql`SELECT pg_advisory_xact_lock(${namespace}, ${id})`)
      }
      return work(req)
    }))
    const tail = run.catch(() => undefined)
    queues.set(id, tail)
    void tail.then(() => {
      if (queues.get(id) === tail) queues.delete(id)
    })
    return run
  }
}

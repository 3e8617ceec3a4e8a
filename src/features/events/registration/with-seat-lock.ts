import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import { dialectOf } from '../../../db/raw-sql'

type PgSession = { db: { execute: (query: unknown) => Promise<unknown> } }

// Per event, the work waiting for its seats in this process, so that at most one of this
// instance's database connections waits on the event's lock (the rest wait here, holding none).
const queues = new Map<number, Promise<unknown>>()

/**
 * Runs `work` as the only one deciding seats of `eventId`: in this process (a queue per event)
 * and, on PostgreSQL, across instances (a transaction-scoped advisory lock taken first in the
 * transaction that `work` writes in, so it is released only when those writes are committed).
 * SQLite serves one instance, so the process queue is the whole lock there. Everything `work`
 * writes through `req` is committed together, or not at all.
 */
export async function withSeatLock<T>(payload: Payload, eventId: number, work: (req: PayloadRequest) => Promise<T>): Promise<T> {
  const before = queues.get(eventId) ?? Promise.resolve()
  const run = before.catch(() => undefined).then(() => inTransaction(payload, eventId, work))
  const tail = run.catch(() => undefined)
  queues.set(eventId, tail)
  void tail.then(() => {
    if (queues.get(eventId) === tail) queues.delete(eventId)
  })
  return run
}

async function inTransaction<T>(payload: Payload, eventId: number, work: (req: PayloadRequest) => Promise<T>): Promise<T> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    if (dialectOf(payload) === 'postgres' && req.transactionID !== undefined) {
      const { sql } = await import('@payloadcms/db-postgres')
      const session = (payload.db as unknown as { sessions: Record<string, PgSession> }).sessions[String(await req.transactionID)]
      // 0x45564e54 ("EVNT") keeps event locks apart from any other advisory lock (start-up uses its own).
      await session.db.execute(sql`SELECT pg_advisory_xact_lock(${0x45564e54}, ${eventId})`)
    }
    const result = await work(req)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

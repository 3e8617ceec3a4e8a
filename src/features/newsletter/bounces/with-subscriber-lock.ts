import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import { dialectOf } from '../../../db/raw-sql'

type PgSession = { db: { execute: (query: unknown) => Promise<unknown> } }

// Per subscriber, the bounce work waiting in this process, so at most one connection waits on the lock.
const queues = new Map<number, Promise<unknown>>()

/**
 * Runs `work` in one transaction as the only bounce processing of this subscriber: the same report
 * arriving twice at once (the MTA's retry, a second instance, the webhook and the listener) is
 * checked for and counted once. A queue per subscriber in the process and, on PostgreSQL, a
 * transaction-scoped advisory lock taken first (as events' withSeatLock does for seats).
 */
export async function withSubscriberLock<T>(payload: Payload, subscriberId: number, work: (req: PayloadRequest) => Promise<T>): Promise<T> {
  const before = queues.get(subscriberId) ?? Promise.resolve()
  const run = before.catch(() => undefined).then(() => inTransaction(payload, subscriberId, work))
  const tail = run.catch(() => undefined)
  queues.set(subscriberId, tail)
  void tail.then(() => {
    if (queues.get(subscriberId) === tail) queues.delete(subscriberId)
  })
  return run
}

async function inTransaction<T>(payload: Payload, subscriberId: number, work: (req: PayloadRequest) => Promise<T>): Promise<T> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    if (dialectOf(payload) === 'postgres' && req.transactionID !== undefined) {
      const { sql } = await import('@payloadcms/db-postgres')
      const session = (payload.db as unknown as { sessions: Record<string, PgSession> }).sessions[String(await req.transactionID)]
      // 0x4e4c5342 ("NLSB") keeps these apart from the events' seat locks and the start-up lock.
      await session.db.execute(sql`SELECT pg_advisory_xact_lock(${0x4e4c5342}, ${subscriberId})`)
    }
    const result = await work(req)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

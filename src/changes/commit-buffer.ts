import type { Payload, PayloadRequest } from 'payload'
import type { ContentChange } from './content-change'

type TransactionId = string | number

/**
 * Holds the changes published inside a database transaction until Payload commits it, and drops
 * them on rollback, by wrapping the adapter's commit and rollback. A change made outside any
 * transaction is released at once: the write is already complete when the hook runs.
 */
export class CommitBuffer {
  private pending = new Map<TransactionId, ContentChange[]>()
  private restore: () => void

  constructor(
    private readonly payload: Payload,
    private readonly release: (change: ContentChange) => Promise<void>,
  ) {
    const db = payload.db
    const commit = db.commitTransaction.bind(db)
    const rollback = db.rollbackTransaction.bind(db)
    db.commitTransaction = async (id) => {
      await commit(id)
      for (const change of this.take(await id)) await this.release(change)
    }
    db.rollbackTransaction = async (id) => {
      this.take(await id)
      await rollback(id)
    }
    this.restore = () => {
      db.commitTransaction = commit
      db.rollbackTransaction = rollback
    }
  }

  /** The open transaction of a request, if any. */
  async transactionOf(req: PayloadRequest): Promise<TransactionId | undefined> {
    const id: unknown = await req.transactionID
    // Only an id of an open session is a transaction. Without transactions (SQLite) Payload's
    // relationship loader leaves a stray `{}` here (it round-trips the pending id through JSON).
    const sessions = (this.payload.db as { sessions?: Record<string, unknown> }).sessions
    return (typeof id === 'string' || typeof id === 'number') && sessions?.[String(id)] !== undefined ? id : undefined
  }

  /** Releases the change when its transaction commits, or now when there is none. */
  async add(change: ContentChange, transaction: TransactionId | undefined): Promise<void> {
    if (transaction === undefined) return this.release(change)
    const list = this.pending.get(transaction) ?? []
    list.push(change)
    this.pending.set(transaction, list)
  }

  stop(): void {
    this.restore()
    this.pending.clear()
  }

  private take(id: TransactionId): ContentChange[] {
    const list = this.pending.get(id) ?? []
    this.pending.delete(id)
    return list
  }
}

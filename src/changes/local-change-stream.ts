import type { Payload, PayloadRequest } from 'payload'
import { Subscribers, type ChangeStream } from './change-stream'
import type { ChangeListener, ContentChange } from './content-change'

type TransactionId = string | number

/**
 * The stream of a single-process database (SQLite). Without a transaction the write is complete when
 * the hook runs, so subscribers hear at once; inside a transaction the change waits for the commit
 * and is dropped on rollback (Payload's SQLite adapter runs without transactions unless configured).
 */
export class LocalChangeStream implements ChangeStream {
  private subscribers = new Subscribers()
  private pending = new Map<TransactionId, ContentChange[]>()
  private restore: () => void

  constructor(private readonly payload: Payload) {
    const db = payload.db
    const commit = db.commitTransaction.bind(db)
    const rollback = db.rollbackTransaction.bind(db)
    db.commitTransaction = async (id) => {
      await commit(id)
      const changes = this.take(await id)
      for (const change of changes) await this.deliver(change)
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

  async publish(change: ContentChange, req: PayloadRequest): Promise<void> {
    const id: unknown = await req.transactionID
    // Only an id of an open session is a transaction. Without transactions Payload's relationship
    // loader leaves a stray `{}` here (it round-trips the pending id through JSON): the write is done.
    if (!this.isOpenTransaction(id)) return this.deliver(change)
    const list = this.pending.get(id) ?? []
    list.push(change)
    this.pending.set(id, list)
  }

  subscribe(listener: ChangeListener): () => void {
    return this.subscribers.add(listener)
  }

  async stop(): Promise<void> {
    this.restore()
    this.pending.clear()
  }

  private isOpenTransaction(id: unknown): id is TransactionId {
    const sessions = (this.payload.db as { sessions?: Record<string, unknown> }).sessions
    return (typeof id === 'string' || typeof id === 'number') && sessions?.[String(id)] !== undefined
  }

  private take(id: TransactionId): ContentChange[] {
    const list = this.pending.get(id) ?? []
    this.pending.delete(id)
    return list
  }

  private deliver(change: ContentChange): Promise<void> {
    return this.subscribers.deliver(change, (err) => this.payload.logger.error({ err }, 'a content-change subscriber failed'))
  }
}

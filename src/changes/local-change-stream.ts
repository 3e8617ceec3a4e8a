import type { Payload, PayloadRequest } from 'payload'
import { Subscribers, type ChangeStream } from './change-stream'
import { CommitBuffer } from './commit-buffer'
import type { ChangeListener, ContentChange } from './content-change'

/**
 * The stream of a single-process database (SQLite): subscribers hear about a change in this process
 * once the write is complete, or once its transaction commits (never on rollback) where the adapter
 * runs transactions.
 */
export class LocalChangeStream implements ChangeStream {
  private subscribers = new Subscribers()
  private buffer: CommitBuffer

  constructor(private readonly payload: Payload) {
    this.buffer = new CommitBuffer(payload, (change) => this.deliver(change))
  }

  async publish(change: ContentChange, req: PayloadRequest): Promise<void> {
    await this.buffer.add(change, await this.buffer.transactionOf(req))
  }

  subscribe(listener: ChangeListener): () => void {
    return this.subscribers.add(listener)
  }

  async stop(): Promise<void> {
    this.buffer.stop()
  }

  private deliver(change: ContentChange): Promise<void> {
    return this.subscribers.deliver(change, (err) => this.payload.logger.error({ err }, 'a content-change subscriber failed'))
  }
}

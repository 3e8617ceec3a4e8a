import type { Payload, PayloadRequest } from 'payload'
import type { ChangeListener, ContentChange } from './content-change'

/**
 * The one content-change stream of an instance. `publish` is called from Payload hooks, inside the
 * editor's transaction; subscribers hear about a change only once it is committed, on every instance.
 */
export interface ChangeStream {
  publish(change: ContentChange, req: PayloadRequest): Promise<void>
  subscribe(listener: ChangeListener): () => void
  stop(): Promise<void>
}

/** Fans a change out to subscribers; one failing subscriber must not starve the others. */
export class Subscribers {
  private listeners = new Set<ChangeListener>()

  add(listener: ChangeListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  async deliver(change: ContentChange, log: (error: unknown) => void): Promise<void> {
    for (const listener of this.listeners) {
      try {
        await listener(change)
      } catch (error) {
        log(error)
      }
    }
  }
}

const streams = new WeakMap<Payload, ChangeStream>()

export function attachChangeStream(payload: Payload, stream: ChangeStream): void {
  streams.set(payload, stream)
}

/** The stream of a running instance; undefined in one-off processes (CLI migrate, seed) that started none. */
export function changeStreamOf(payload: Payload): ChangeStream | undefined {
  return streams.get(payload)
}

/** Subscribes derived state to changes of this Payload instance's stream (no-op without a stream). */
export function onContentChange(payload: Payload, listener: ChangeListener): () => void {
  return streams.get(payload)?.subscribe(listener) ?? (() => {})
}

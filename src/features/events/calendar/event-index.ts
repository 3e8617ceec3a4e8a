import type { Payload, Where } from 'payload'
import { onContentChange } from '../../../changes/change-stream'
import type { ContentChange } from '../../../changes/content-change'
import { eventListFields, type EventListDoc } from './event-view'

/**
 * All published events' list fields in memory, soonest first, so the calendar filters and pages
 * thousands of events without a database query per request (a filtered, paged query on events
 * costs tens of milliseconds on SQLite). Read as an anonymous reader, so nothing unpublished or
 * private (the join link) can enter it, and kept current by the content-change stream: a changed
 * event is re-read at the next query.
 */
export class EventIndex {
  private docs = new Map<number, EventListDoc>()
  private order: EventListDoc[] | undefined
  private loading: Promise<void> | undefined
  private pending = new Set<number>()

  constructor(private readonly payload: Payload) {}

  private read(where: Where, limit?: number) {
    return this.payload.find({
      collection: 'events',
      locale: 'all',
      where: { and: [where, { _status: { equals: 'published' } }] },
      select: eventListFields,
      depth: 0,
      ...(limit ? { limit } : { pagination: false }),
      overrideAccess: false,
      user: null,
    })
  }

  private ready(): Promise<void> {
    this.loading ??= (async () => {
      const found = await this.read({})
      this.docs = new Map(found.docs.map((d) => [d.id, d as EventListDoc]))
      this.order = undefined
    })()
    return this.loading
  }

  follow(change: ContentChange): void {
    if (change.kind === 'resync') {
      this.loading = undefined
      this.pending.clear()
      return
    }
    if (change.kind === 'document' && change.collection === 'events') this.pending.add(Number(change.id))
  }

  /** Published events soonest first, with the changes since the last call applied. */
  async sorted(): Promise<readonly EventListDoc[]> {
    await this.ready()
    for (const id of [...this.pending]) {
      this.pending.delete(id)
      const doc = (await this.read({ id: { equals: id } }, 1)).docs[0] as EventListDoc | undefined
      if (doc) this.docs.set(id, doc)
      else this.docs.delete(id)
      this.order = undefined
    }
    this.order ??= [...this.docs.values()].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.id - b.id)
    return this.order
  }
}

const indexes = new WeakMap<Payload, EventIndex>()

export function eventIndex(payload: Payload): EventIndex {
  let index = indexes.get(payload)
  if (!index) {
    const created = new EventIndex(payload)
    onContentChange(payload, (change) => created.follow(change))
    indexes.set(payload, created)
    index = created
  }
  return index
}

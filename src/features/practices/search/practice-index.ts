import type { Payload } from 'payload'
import { onContentChange } from '../../../changes/change-stream'
import type { ContentChange } from '../../../changes/content-change'
import { intlTags, type Locale } from '../../../i18n/locales'
import { entryFields, toEntry, type PracticeEntry } from './practice-entry'
import { compareNewest, listLanguage, queryPractices, type PracticeFilters, type PracticeSort } from './query-practices'

/**
 * All published practices in memory, so the idea bank can filter and count facets over thousands
 * of practices in milliseconds. Loaded through the Local API as an anonymous reader (so nothing
 * unpublished can enter it) and kept current by the content-change hooks.
 */
export class PracticeIndex {
  private entries = new Map<number, PracticeEntry>()
  private orders = new Map<string, PracticeEntry[]>()
  private loading: Promise<void> | undefined
  /** Practices changed since the last query; re-read lazily, after the change is committed. */
  private pending = new Set<number>()

  constructor(private readonly payload: Payload) {}

  private loadedAll = false

  ready(): Promise<void> {
    this.loading ??= this.loadAll()
    return this.loading
  }

  /** Whether the first full load has finished (readiness: the idea bank can answer). */
  get loaded(): boolean {
    return this.loadedAll
  }

  private async replicationCounts(practiceId?: number): Promise<Map<number, number>> {
    const result = await this.payload.find({
      collection: 'replications',
      where: practiceId ? { practice: { equals: practiceId } } : {},
      select: { practice: true },
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user: null,
    })
    const counts = new Map<number, number>()
    for (const r of result.docs) {
      const id = Number(typeof r.practice === 'object' ? r.practice.id : r.practice)
      counts.set(id, (counts.get(id) ?? 0) + 1)
    }
    return counts
  }

  private async loadAll(): Promise<void> {
    const [docs, counts] = await Promise.all([
      this.payload.find({
        collection: 'practices',
        locale: 'all',
        select: entryFields,
        depth: 0,
        pagination: false,
        overrideAccess: false,
        user: null,
      }),
      this.replicationCounts(),
    ])
    this.entries.clear()
    for (const doc of docs.docs) this.entries.set(Number(doc.id), toEntry(doc, counts.get(Number(doc.id)) ?? 0))
    this.orders.clear()
    this.loadedAll = true
  }

  /** Re-reads one practice after a change (or drops it when it is no longer published). */
  async refresh(id: number): Promise<void> {
    await this.ready()
    const [found, counts] = await Promise.all([
      this.payload.find({
        collection: 'practices',
        where: { id: { equals: id } },
        locale: 'all',
        select: entryFields,
        depth: 0,
        limit: 1,
        overrideAccess: false,
        user: null,
      }),
      this.replicationCounts(id),
    ])
    const doc = found.docs[0]
    if (doc) this.entries.set(id, toEntry(doc, counts.get(id) ?? 0))
    else this.entries.delete(id)
    this.orders.clear()
  }

  /**
   * Follows the content-change stream (after commit). Only notes the id: the re-read happens at the
   * next query, so a burst of edits costs one read per practice.
   */
  follow(change: ContentChange): void {
    if (change.kind === 'resync') {
      this.loading = undefined
      this.pending.clear()
      return
    }
    if (change.kind !== 'document') return
    const touched = change.collection === 'practices' ? [change.id] : []
    for (const r of change.related ?? []) if (r.collection === 'practices') touched.push(r.id)
    for (const id of touched) this.pending.add(Number(id))
    if (touched.length) this.orders.clear()
  }

  /** Loads (first time) and applies pending changes; every read goes through here. */
  async current(): Promise<this> {
    await this.ready()
    for (const id of [...this.pending]) {
      this.pending.delete(id)
      await this.refresh(id)
    }
    return this
  }

  get(id: number): PracticeEntry | undefined {
    return this.entries.get(id)
  }

  get size(): number {
    return this.entries.size
  }

  all(): Iterable<PracticeEntry> {
    return this.entries.values()
  }

  /** Entries in a sort order, computed once per order and locale until the next change. */
  private ordered(sort: PracticeSort, locale: Locale): PracticeEntry[] {
    const key = sort === 'newest' ? 'newest' : `title:${locale}`
    let order = this.orders.get(key)
    if (!order) {
      const list = [...this.entries.values()]
      if (sort === 'newest') order = list.sort(compareNewest)
      else {
        const collator = new Intl.Collator(intlTags[locale])
        const title = new Map(list.map((e) => [e.id, e.texts[listLanguage(e, locale) ?? 'en']?.title ?? e.slug]))
        order = list.sort((a, b) => collator.compare(title.get(a.id)!, title.get(b.id)!) || a.id - b.id)
      }
      this.orders.set(key, order)
    }
    return order
  }

  async query(filters: PracticeFilters, sort: PracticeSort, locale: Locale) {
    await this.current()
    return queryPractices(this.ordered(sort, locale), filters, locale)
  }
}

const indexes = new WeakMap<Payload, PracticeIndex>()

export function practiceIndex(payload: Payload): PracticeIndex {
  let index = indexes.get(payload)
  if (!index) {
    const created = new PracticeIndex(payload)
    onContentChange(payload, (change) => created.follow(change))
    indexes.set(payload, created)
    index = created
  }
  return index
}

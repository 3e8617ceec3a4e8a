import { createHash } from 'node:crypto'
import type { ContentChange } from '../changes/content-change'

export type CachedPage = {
  body: Buffer
  etag: string
  contentType: string
}

/** The tag of a page that depends on everything (the safe default for a page that declares nothing). */
export const anyChange = '*'

/** Tags a page with a whole collection (lists, feeds) or with one document of it (detail pages). */
export const collectionTag = (collection: string): string => collection
export const documentTag = (collection: string, id: string | number): string => `${collection}:${id}`

type Entry = CachedPage & { tags: readonly string[]; expiresAt: number }

/**
 * In-memory cache of published public pages, keyed by URL (the locale is part of the path). Each
 * page carries the tags of what it shows, so a change removes only the pages that include it. A
 * maximum age re-renders every page now and then, as a safety net for a dependency nobody declared.
 * Bounded so a crawler walking every ?page=N cannot grow it without limit.
 */
export class PageCache {
  private entries = new Map<string, Entry>()
  private generation = 0
  /** The key appended last: whenever it is still in `entries`, it is the last one. */
  private newest: string | undefined

  constructor(
    private readonly maxEntries = 2000,
    private maxAgeMs = 300_000,
    private readonly now: () => number = Date.now,
  ) {}

  setMaxAge(ms: number): void {
    this.maxAgeMs = ms
  }

  get maxAge(): number {
    return this.maxAgeMs
  }

  get(key: string): CachedPage | undefined {
    const hit = this.entries.get(key)
    if (!hit) return undefined
    if (hit.expiresAt <= this.now()) {
      this.entries.delete(key)
      return undefined
    }
    // Re-insert to keep recently used pages at the end (oldest first out). The newest entry is at the
    // end already: a popular page served over and over skips two Map operations per request.
    if (key !== this.newest) {
      this.entries.delete(key)
      this.entries.set(key, hit)
      this.newest = key
    }
    return hit
  }

  /** Stores a page only if no change arrived since `generation` was read (it may show stale data). */
  set(key: string, page: CachedPage, generation: number, tags: readonly string[] = [anyChange]): void {
    if (generation !== this.generation) return
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value
      if (oldest !== undefined) this.entries.delete(oldest)
    }
    this.entries.delete(key) // an update moves the page to the end, like a hit
    this.entries.set(key, { ...page, tags, expiresAt: this.now() + this.maxAgeMs })
    this.newest = key
  }

  /** Read before rendering, so a page rendered from stale data is not stored after a change. */
  currentGeneration(): number {
    return this.generation
  }

  /** Removes the pages that show what changed; returns how many went. */
  invalidate(change: ContentChange): number {
    this.generation++
    if (change.kind !== 'document') return this.clear()
    const hits = new Set([anyChange, collectionTag(change.collection), documentTag(change.collection, change.id)])
    for (const r of change.related ?? []) {
      hits.add(collectionTag(r.collection))
      hits.add(documentTag(r.collection, r.id))
    }
    let removed = 0
    for (const [key, entry] of this.entries) {
      if (entry.tags.some((tag) => hits.has(tag))) {
        this.entries.delete(key)
        removed++
      }
    }
    return removed
  }

  clear(): number {
    this.generation++
    const removed = this.entries.size
    this.entries.clear()
    return removed
  }

  get size(): number {
    return this.entries.size
  }
}

export function makeEtag(body: Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`
}

const caches = new WeakMap<object, PageCache>()

/**
 * The page cache of one instance, keyed by its Payload instance: a test (or a bench) that runs two
 * instances in one process gets two caches, as two processes would.
 */
export function pageCacheOf(payload: object): PageCache {
  let cache = caches.get(payload)
  if (!cache) caches.set(payload, (cache = new PageCache()))
  return cache
}

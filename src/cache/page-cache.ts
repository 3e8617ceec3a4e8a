import { createHash } from 'node:crypto'

export type CachedPage = {
  body: Buffer
  etag: string
  contentType: string
}

/**
 * In-memory cache of published public pages, keyed by URL (the locale is part of the path).
 * Bounded so a crawler walking every ?page=N cannot grow it without limit.
 */
export class PageCache {
  private entries = new Map<string, CachedPage>()
  private generation = 0

  constructor(private readonly maxEntries = 2000) {}

  get(key: string): CachedPage | undefined {
    const hit = this.entries.get(key)
    if (hit) {
      // Re-insert to keep recently used pages at the end (oldest first out).
      this.entries.delete(key)
      this.entries.set(key, hit)
    }
    return hit
  }

  /** Stores a page only if no invalidation happened since `generation` was read. */
  set(key: string, page: CachedPage, generation: number): void {
    if (generation !== this.generation) return
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value
      if (oldest !== undefined) this.entries.delete(oldest)
    }
    this.entries.set(key, page)
  }

  /** Read before rendering, so a page rendered from stale data is not stored after a change. */
  currentGeneration(): number {
    return this.generation
  }

  clear(): void {
    this.generation++
    this.entries.clear()
  }

  get size(): number {
    return this.entries.size
  }
}

export function makeEtag(body: Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`
}

export const pageCache = new PageCache()

import { pageCache, type PageCache } from './page-cache'

/**
 * One value derived from published content (the site chrome, the set of known slugs), kept in
 * memory until the page cache's generation moves (any committed change) or its maximum age passes.
 * The generation is read before loading, so a value loaded while a change was arriving is used
 * once at most and then reloaded, as the page cache does with pages.
 */
export class GenerationMemo<T> {
  private held: { generation: number; expiresAt: number; value: Promise<T> } | undefined

  constructor(
    private readonly load: () => Promise<T>,
    private readonly cache: PageCache = pageCache,
    private readonly now: () => number = Date.now,
  ) {}

  get(): Promise<T> {
    const held = this.held
    const generation = this.cache.currentGeneration()
    if (held && held.generation === generation && held.expiresAt > this.now()) return held.value
    const value = this.load()
    const entry = { generation, expiresAt: this.now() + this.cache.maxAge, value }
    this.held = entry
    // A failed load (database down) is not kept: the next caller tries again.
    value.catch(() => {
      if (this.held === entry) this.held = undefined
    })
    return value
  }
}

import type { PageCache } from './page-cache'

type Held<T> = { generation: number; expiresAt: number; value: Promise<T>; loaded?: { value: T } }

/**
 * One value derived from published content (the site chrome, the set of known slugs), kept in
 * memory until the page cache's generation moves (any committed change) or its maximum age passes.
 * The generation is read before loading, so a value loaded while a change was arriving is used
 * once at most and then reloaded, as the page cache does with pages.
 */
export class GenerationMemo<T> {
  private held: Held<T> | undefined

  constructor(
    private readonly load: () => Promise<T>,
    /** The page cache of the instance the value belongs to (see pageCacheOf). */
    private readonly cache: PageCache,
    private readonly now: () => number = Date.now,
  ) {}

  /** The current value, loading it first when there is none. */
  get(): Promise<T> {
    return this.current().value
  }

  /** The current value if it is loaded already; otherwise starts loading it and returns undefined. */
  peek(): T | undefined {
    return this.current().loaded?.value
  }

  private current(): Held<T> {
    const held = this.held
    const generation = this.cache.currentGeneration()
    if (held && held.generation === generation && held.expiresAt > this.now()) return held
    const entry: Held<T> = { generation, expiresAt: this.now() + this.cache.maxAge, value: this.load() }
    this.held = entry
    entry.value.then(
      (value) => (entry.loaded = { value }),
      // A failed load (database down) is not kept: the next caller tries again.
      () => {
        if (this.held === entry) this.held = undefined
      },
    )
    return entry
  }
}

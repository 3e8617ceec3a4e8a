/**
 * Fixed-window request counter per key (e.g. form + client address) for public forms.
 * In memory, because the site is one process; expired windows are swept as the map grows.
 */
export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>()

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly maxKeys = 50_000,
  ) {}

  /** Counts one attempt; returns whether it is allowed and, if not, seconds until it will be. */
  hit(key: string, now = Date.now()): { allowed: boolean; retryAfterSeconds: number } {
    let w = this.windows.get(key)
    if (!w || now - w.start >= this.windowMs) {
      if (!w && this.windows.size >= this.maxKeys) this.sweep(now)
      w = { start: now, count: 0 }
      this.windows.set(key, w)
    }
    w.count++
    const allowed = w.count <= this.limit
    return { allowed, retryAfterSeconds: allowed ? 0 : Math.ceil((w.start + this.windowMs - now) / 1000) }
  }

  private sweep(now: number): void {
    for (const [key, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(key)
    // Still full of live windows (a flood of addresses): drop the oldest rather than grow.
    while (this.windows.size >= this.maxKeys) {
      const oldest = this.windows.keys().next().value
      if (oldest === undefined) break
      this.windows.delete(oldest)
    }
  }

  get size(): number {
    return this.windows.size
  }
}

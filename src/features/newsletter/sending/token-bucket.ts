/**
 * A token bucket: on average `ratePerSecond` takes per second, with bursts of at most one
 * second's worth. Waiters are served in order. A rate of 0 means no limit.
 */
export class TokenBucket {
  private tokens: number
  private last = Date.now()
  private queue: Promise<void> = Promise.resolve()

  constructor(private readonly ratePerSecond: number) {
    this.tokens = Math.max(1, ratePerSecond)
  }

  take(): Promise<void> {
    if (this.ratePerSecond <= 0) return Promise.resolve()
    const turn = this.queue.then(() => this.wait())
    this.queue = turn
    return turn
  }

  private async wait(): Promise<void> {
    const capacity = Math.max(1, this.ratePerSecond)
    for (;;) {
      const now = Date.now()
      this.tokens = Math.min(capacity, this.tokens + ((now - this.last) / 1000) * this.ratePerSecond)
      this.last = now
      if (this.tokens >= 1) {
        this.tokens -= 1
        return
      }
      await new Promise((resolve) => setTimeout(resolve, Math.ceil(((1 - this.tokens) / this.ratePerSecond) * 1000)))
    }
  }
}

/** A counting semaphore: at most `size` holders at a time, the others wait in order. */
export class Slots {
  private used = 0
  private waiting: (() => void)[] = []

  constructor(private readonly size: number) {}

  async acquire(): Promise<void> {
    if (this.used < this.size) {
      this.used++
      return
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve))
  }

  release(): void {
    const next = this.waiting.shift()
    if (next) next()
    else this.used--
  }
}

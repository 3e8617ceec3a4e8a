import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'
import type { Payload } from 'payload'
import { claimDueJobs, reclaimStaleJobs, renewClaim } from './claim-jobs'

export type RunnerOptions = {
  leaseSeconds: number
  pollMs: number
  /** Jobs one runner runs at the same time. */
  concurrency?: number
  /** Names the runner in claims; unique per process unless a test sets it. */
  id?: string
}

/**
 * Runs the durable job queue in this process. Each job is claimed with one conditional statement
 * (see claim-jobs.ts), then run by Payload's own job machinery (task log, retries with backoff,
 * errors). While a job runs its claim is renewed; a claim left by a dead process expires after the
 * lease and another runner takes the job over, so a job survives `kill -9`.
 */
export class JobRunner {
  readonly id: string
  private stopping = false
  private running = new Set<Promise<void>>()
  private loop: Promise<void> | undefined
  private wake: (() => void) | undefined
  private lastReclaim = 0
  private readonly concurrency: number

  constructor(
    private readonly payload: Payload,
    private readonly options: RunnerOptions,
  ) {
    this.id = options.id ?? `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`
    this.concurrency = options.concurrency ?? 4
  }

  start(): this {
    this.loop ??= this.run()
    return this
  }

  /** Stops claiming and waits for the jobs already running to finish. */
  async stop(): Promise<void> {
    this.stopping = true
    this.wake?.()
    await this.loop
    await Promise.allSettled([...this.running])
  }

  get busy(): number {
    return this.running.size
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      let claimed = 0
      try {
        claimed = await this.claimAndStart()
      } catch (err) {
        // The database may be restarting; try again at the next poll rather than give up.
        this.payload.logger.warn({ err }, 'job runner could not claim jobs')
      }
      const full = this.running.size >= this.concurrency
      if (claimed === 0 || full) await this.pause(full)
    }
  }

  private async claimAndStart(): Promise<number> {
    const free = this.concurrency - this.running.size
    const leaseMs = this.options.leaseSeconds * 1000
    let ids: number[] = []
    if (Date.now() - this.lastReclaim >= Math.max(this.options.pollMs, leaseMs / 4)) {
      this.lastReclaim = Date.now()
      ids = await reclaimStaleJobs(this.payload, this.id, this.options.leaseSeconds, free)
    }
    ids.push(...(await claimDueJobs(this.payload, this.id, free - ids.length)))
    for (const id of ids) this.track(this.execute(id))
    return ids.length
  }

  private track(run: Promise<void>): void {
    this.running.add(run)
    void run.finally(() => {
      this.running.delete(run)
      this.wake?.()
    })
  }

  private async execute(id: number): Promise<void> {
    const renewEvery = Math.max(250, (this.options.leaseSeconds * 1000) / 3)
    const renew = setInterval(() => {
      renewClaim(this.payload, this.id, id).catch((err: unknown) => this.payload.logger.warn({ err }, `could not renew the claim on job ${id}`))
    }, renewEvery)
    try {
      // Payload records the outcome on the job: done, retry later with backoff, or failed for good.
      await this.payload.jobs.runByID({ id, overrideAccess: true, silent: { info: true } })
    } catch (err) {
      this.payload.logger.error({ err }, `job ${id} could not be run`)
    } finally {
      clearInterval(renew)
    }
  }

  /** Sleeps until the next poll, or until a running job finishes when all slots are busy. */
  private pause(untilSlotFree: boolean): Promise<void> {
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined
      const done = () => {
        clearTimeout(timer)
        this.wake = undefined
        resolve()
      }
      if (!untilSlotFree) timer = setTimeout(done, this.options.pollMs)
      this.wake = done
    })
  }
}

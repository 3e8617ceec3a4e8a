import type { Payload } from 'payload'
import { claimDueJobs } from './claim-jobs'

/**
 * Runs every job that is due now, one claim at a time, until none is left; returns how many ran.
 * For one-off use (tests, an operator's catch-up run); instances use the polling JobRunner.
 * Jobs that fail and wait for a retry are not due yet, so this ends.
 */
export async function runDueJobs(payload: Payload, runner = `once-${process.pid}`, limit = 10_000): Promise<number> {
  let ran = 0
  while (ran < limit) {
    const [id] = await claimDueJobs(payload, runner, 1)
    if (id === undefined) break
    await payload.jobs.runByID({ id, overrideAccess: true, silent: { info: true } })
    ran++
  }
  return ran
}

import type { Payload } from 'payload'
import type { Env } from '../../config/env'
import { JobRunner } from './job-runner'

/** Starts this process's job runner with the lease and poll interval from the environment. */
export function startJobRunner(payload: Payload, env: Env, options: { id?: string; concurrency?: number } = {}): JobRunner {
  return new JobRunner(payload, { leaseSeconds: env.jobLeaseSeconds, pollMs: env.jobPollMs, ...options }).start()
}

import type { FastifyInstance } from 'fastify'
import type { Payload } from 'payload'
import type { Env, Role } from '../config/env'
import { inboundSettingsOf } from '../features/newsletter/bounces/inbound-settings'
import type { BounceListener } from '../features/newsletter/bounces/start-bounce-listener'
import { practiceIndex } from '../features/practices/search/practice-index'
import type { JobRunner } from '../jobs/runner/job-runner'
import { startJobRunner } from '../jobs/runner/start-job-runner'
import { buildApp } from '../web/app'
import { buildWorkerApp } from './build-worker-app'
import { loadNextAdmin } from './load-next-admin'
import { startInstance } from './start-instance'

export type RunningRole = { payload: Payload; app: FastifyInstance; runner?: JobRunner; inbound?: BounceListener }

/** What each role serves; jobs follow env.runJobs (on by default for `all` and `worker`). */
export const roleServes: Record<Role, { site: boolean; admin: boolean }> = {
  all: { site: true, admin: true },
  admin: { site: true, admin: true },
  web: { site: true, admin: false },
  worker: { site: false, admin: false },
}

/**
 * Starts this process's role: Payload (with migrations, under the start-up lock) always; the public site with Payload's
 * REST/GraphQL API for web, admin and all; the Next.js admin only for admin and all; the job
 * runner and the newsletter's inbound SMTP listener (bounces) where env.runJobs says so.
 */
export async function startRole(env: Env, step: (msg: string) => void): Promise<RunningRole> {
  const serves = roleServes[env.role]
  // Migrations, first admin and demo content under the start-up lock: instances started together do them once.
  const payload = await startInstance(env, step)

  let app: FastifyInstance
  if (serves.site) {
    // Load the idea bank's search index now rather than on the first reader's request.
    await practiceIndex(payload).ready()
    // Payload is initialized before Next: Next's route handlers then find this instance in
    // Payload's cache, so hooks and the page cache exist once in this process.
    const next = serves.admin ? await loadNextAdmin() : undefined
    app = await buildApp({ payload, env, next, logger: env.logRequests || process.env.NODE_ENV === 'production' })
  } else {
    app = buildWorkerApp(payload)
  }
  await app.listen({ port: env.port, host: process.env.HOST ?? '0.0.0.0' })
  // Durable jobs (mails now; reminders, newsletters, imports later) run here unless RUN_JOBS=false.
  const runner = env.runJobs ? startJobRunner(payload, env) : undefined
  // The newsletter's bounces and mailto unsubscribes arrive by SMTP where jobs run (BOUNCE_SMTP_PORT);
  // smtp-server and mailparser are loaded only then.
  const port = env.newsletter.bounceSmtpPort
  const inbound =
    env.runJobs && port
      ? await (await import('../features/newsletter/bounces/start-bounce-listener')).startBounceListener(payload, inboundSettingsOf(env, payload), { port, host: env.newsletter.bounceSmtpHost })
      : undefined
  if (inbound) step(`bounce listener on ${env.newsletter.bounceSmtpHost}:${inbound.port}`)
  return { payload, app, runner, inbound }
}

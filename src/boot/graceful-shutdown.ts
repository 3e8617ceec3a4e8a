import type { FastifyInstance } from 'fastify'
import type { Payload } from 'payload'
import type { JobRunner } from '../jobs/runner/job-runner'
import { stopPayload } from './stop-payload'

export type ShutdownParts = { app: FastifyInstance; runner?: JobRunner; payload: Payload; inbound?: { stop: () => Promise<void> } }
export type ShutdownOptions = {
  log: (msg: string) => void
  /** The whole shutdown, after which the process exits anyway (orchestrators kill at about 10 s). */
  timeoutMs?: number
  exit?: (code: number) => void
}

/**
 * Closes the server once the requests in flight are answered. Node closes idle kept-alive
 * connections only when close() is called; one still busy then would stay open after its answer
 * (Fastify keeps connections alive for 72 s), so idle ones are closed again until none is left.
 */
async function closeHttp(app: FastifyInstance): Promise<void> {
  const sweep = setInterval(() => app.server.closeIdleConnections(), 100)
  try {
    await app.close()
  } finally {
    clearInterval(sweep)
  }
}

/**
 * Stops the instance in order: stop accepting connections and let requests in flight finish
 * (Fastify's close; new requests on kept-alive connections get 503; the bounce listener's SMTP
 * sessions likewise), let running jobs finish (JobRunner.stop), then close Payload and its
 * connections, and exit 0. Whatever hangs is cut off by a forced exit (code 1) before `timeoutMs`.
 */
export async function shutDown(parts: ShutdownParts, options: ShutdownOptions): Promise<void> {
  const exit = options.exit ?? ((code: number) => process.exit(code))
  const force = setTimeout(() => {
    options.log('shutdown took too long: exiting now')
    exit(1)
  }, options.timeoutMs ?? 9500)
  force.unref()
  try {
    await Promise.all([closeHttp(parts.app), parts.runner?.stop().then(() => options.log('jobs stopped')), parts.inbound?.stop()])
    options.log('requests finished')
    await stopPayload(parts.payload)
    clearTimeout(force)
    options.log('stopped')
    exit(0)
  } catch (error) {
    options.log(`shutdown failed: ${error instanceof Error ? error.message : String(error)}`)
    exit(1)
  }
}

/** Runs shutDown once, on the first SIGTERM or SIGINT. */
export function installGracefulShutdown(parts: ShutdownParts, options: ShutdownOptions): void {
  let started = false
  const onSignal = (signal: NodeJS.Signals) => {
    if (started) return
    started = true
    options.log(`${signal}: finishing requests in flight, then stopping`)
    void shutDown(parts, options)
  }
  process.once('SIGTERM', onSignal)
  process.once('SIGINT', onSignal)
}

import type { FastifyInstance } from 'fastify'
import { checkReadiness } from '../boot/check-readiness'
import type { Deps } from './public-page'

/**
 * Probes for a load balancer or orchestrator. /healthz: the process answers (no database work, so a
 * slow database does not get healthy instances restarted). /readyz: this instance can serve readers
 * (see checkReadiness); 503 with a short reason otherwise. Never cached, no personal data.
 */
export function registerHealthRoutes(app: FastifyInstance, deps: Pick<Deps, 'payload'>, options: { servesReaders?: boolean } = {}): void {
  app.get('/healthz', async (_req, reply) => {
    reply.header('cache-control', 'no-store')
    return { status: 'ok' }
  })
  app.get('/readyz', async (_req, reply) => {
    reply.header('cache-control', 'no-store')
    const readiness = await checkReadiness(deps.payload, { needsIndex: options.servesReaders ?? true })
    if (readiness.ready) return { status: 'ready' }
    return reply.code(503).send({ status: 'not ready', reason: readiness.reason })
  })
}

import Fastify, { type FastifyInstance } from 'fastify'

/**
 * The worker role answers only the liveness probe; it serves nothing public. (When the shared
 * health routes in src/web land, register those here instead of this minimal /healthz.)
 */
export function buildWorkerApp(): FastifyInstance {
  const app = Fastify({ logger: false })
  app.get('/healthz', async (_req, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok' }))
  app.setNotFoundHandler((_req, reply) => reply.code(404).send({ error: 'not found' }))
  return app
}

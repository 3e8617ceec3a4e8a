import Fastify, { type FastifyInstance } from 'fastify'
import type { Payload } from 'payload'
import { registerHealthRoutes } from '../web/health-routes'

/** The worker role answers only the health probes (/healthz, /readyz); it serves nothing public. */
export function buildWorkerApp(payload: Payload): FastifyInstance {
  const app = Fastify({ logger: false })
  registerHealthRoutes(app, { payload }, { servesReaders: false })
  app.setNotFoundHandler((_req, reply) => reply.code(404).send({ error: 'not found' }))
  return app
}

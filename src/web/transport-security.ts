import type { ServerResponse } from 'node:http'
import type { FastifyInstance } from 'fastify'
import { isHttps } from '../config/is-https'

export const strictTransportSecurity = 'max-age=31536000; includeSubDomains'

/** Sets HSTS on the raw response, so it also survives hijacked replies (Payload's API, the admin). */
export function setTransportSecurity(res: ServerResponse, publicUrl: string): void {
  if (isHttps(publicUrl)) res.setHeader('strict-transport-security', strictTransportSecurity)
}

/**
 * HSTS on every response of an https site. Registered before the API and admin hand-overs, which
 * hijack the reply: headers set on the raw response are merged into whatever they write.
 * Never on http, where a browser ignores it anyway and local development must keep working.
 */
export function registerTransportSecurity(app: FastifyInstance, publicUrl: string): void {
  if (!isHttps(publicUrl)) return
  app.addHook('onRequest', async (_req, reply) => {
    setTransportSecurity(reply.raw, publicUrl)
  })
}

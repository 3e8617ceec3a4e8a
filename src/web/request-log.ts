import { randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { FastifyInstance } from 'fastify'
import type { ProxyTrust } from './trusted-proxies'

/** What one request's log line says: nothing that names or authenticates a person. */
export type RequestLogLine = {
  reqId: string
  method: string
  path: string
  route?: string
  status: number
  responseTimeMs: number
  aborted?: true
}

/**
 * Path segments after these are private capabilities, never logged: a submitter's status link,
 * and Payload's e-mail verification and password-reset links (/api/users/verify/…, /admin/reset/…).
 */
const privateAfter = new Set(['submissions', 'verify', 'reset'])

/**
 * The path as it may be logged: no query string (search terms, e-mail addresses in links, tokens),
 * private tokens replaced by ":token", and anything that looks like an e-mail address dropped.
 */
export function loggablePath(url: string): string {
  const path = url.split(/[?#]/, 1)[0] ?? ''
  const segments = path.split('/')
  return segments
    .map((segment, i) => {
      if (i > 0 && privateAfter.has(segments[i - 1] ?? '') && segment !== '') return ':token'
      if (/@|%40/i.test(segment)) return ':redacted'
      return segment
    })
    .join('/')
}

const acceptableId = /^[\w.:-]{1,128}$/

/**
 * The request id: a proxy's X-Request-Id when the peer is a trusted proxy (so one id follows the
 * request through the proxy's logs and ours), otherwise a fresh one a client cannot choose.
 */
export function requestIdFor(raw: IncomingMessage, trust: ProxyTrust): string {
  const given = raw.headers['x-request-id']
  const peer = raw.socket?.remoteAddress ?? ''
  if (typeof given === 'string' && acceptableId.test(given) && trust(peer)) return given
  return randomUUID()
}

/**
 * Echoes the request id and, when `logRequests` is on, writes one line per request after the
 * response ends (or the client goes away). Listens on the raw response so requests handed to Next
 * (hijacked replies, which skip Fastify's response hooks) are logged the same way.
 */
export function registerRequestLog(app: FastifyInstance, logRequests: boolean): void {
  app.addHook('onRequest', async (req, reply) => {
    reply.raw.setHeader('x-request-id', req.id)
    if (!logRequests) return
    const started = performance.now()
    reply.raw.once('close', () => {
      const line: RequestLogLine = {
        reqId: req.id,
        method: req.method,
        path: loggablePath(req.url),
        route: req.routeOptions.url,
        status: reply.raw.statusCode,
        responseTimeMs: Math.round((performance.now() - started) * 10) / 10,
      }
      if (!reply.raw.writableFinished) line.aborted = true
      // The line carries its own reqId; log through the app logger so the child's bindings
      // (which are only the id) are not doubled.
      app.log.info(line, 'request')
    })
  })
}

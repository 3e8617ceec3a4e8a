import type { FastifyReply } from 'fastify'
import { setSecurityHeaders } from '../security-headers'

/**
 * Sends a page that is personal to its reader (a form with its CSRF token, a private status
 * page): never stored by the page cache or any other cache. `privateUrl`: the address itself is a
 * secret (a private link), so it must not travel on as a referrer.
 */
export function sendFormPage(reply: FastifyReply, body: string, status = 200, opts: { privateUrl?: boolean } = {}): FastifyReply {
  setSecurityHeaders(reply)
  if (opts.privateUrl) reply.header('referrer-policy', 'no-referrer').header('x-robots-tag', 'noindex, nofollow')
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'private, no-store')
    .header('vary', 'Cookie')
    .send(body)
}

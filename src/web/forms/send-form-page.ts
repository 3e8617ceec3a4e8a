import type { FastifyReply } from 'fastify'
import { setSecurityHeaders } from '../security-headers'

/**
 * Sends a page that is personal to its reader (a form with its CSRF token, a private status
 * page): never stored by the page cache or any other cache. `privateUrl`: the address itself is a
 * secret (a private link), so it must not travel to another site as a referrer. "same-origin", not
 * "no-referrer": with no-referrer browsers send `Origin: null` on the page's own form posts, which
 * the same-origin check must refuse.
 */
export function sendFormPage(reply: FastifyReply, body: string, status = 200, opts: { privateUrl?: boolean } = {}): FastifyReply {
  setSecurityHeaders(reply)
  if (opts.privateUrl) reply.header('referrer-policy', 'same-origin').header('x-robots-tag', 'noindex, nofollow')
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'private, no-store')
    .header('vary', 'Cookie')
    .send(body)
}

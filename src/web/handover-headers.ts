import type { ServerResponse } from 'node:http'

/** Payload's API answers JSON and files: nothing in it may run, load anything, or be framed. */
export const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'"

/**
 * Payload's admin (Next.js) needs inline scripts and styles, so script and style sources stay open;
 * what it never needs is to be framed, plugins, another base URL or forms posting elsewhere.
 */
export const adminContentSecurityPolicy = [
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

/**
 * The headers the public pages send, for responses Fastify hands over to Payload's API or to Next.
 * Set on the raw response before the hand-over; a header the handler sets itself wins.
 */
export function setHandoverHeaders(res: ServerResponse, contentSecurityPolicy: string): void {
  res.setHeader('content-security-policy', contentSecurityPolicy)
  res.setHeader('x-frame-options', 'DENY')
  res.setHeader('x-content-type-options', 'nosniff')
  res.setHeader('referrer-policy', 'strict-origin-when-cross-origin')
}

import type { ServerResponse } from 'node:http'

/** Payload's API answers JSON and files: nothing in it may run, load anything, or be framed. */
export const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'"

/**
 * Payload's admin (Next.js) needs inline scripts and styles (hydration data, theme), blob: and data:
 * images (upload previews, icons); everything else comes from this origin. It never needs to be
 * framed, plugins, another base URL or forms posting elsewhere. Checked in Chromium: login,
 * dashboard, lists, the edit view with the rich-text editor, uploads.
 */
export const adminContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "media-src 'self' blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
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

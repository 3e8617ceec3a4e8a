import type { IncomingHttpHeaders } from 'node:http'

/**
 * Whether a form post comes from one of our own pages, by the headers browsers set themselves:
 * `Sec-Fetch-Site` must say same-origin and `Origin` must be one of ours ("null" is not). A client
 * that sends neither (an old browser, a script) is let through to the CSRF check, which it cannot
 * pass without first loading our form.
 */
export function isSameOriginPost(headers: IncomingHttpHeaders, ownOrigins: readonly string[]): boolean {
  const site = headers['sec-fetch-site']
  if (site !== undefined && site !== 'same-origin') return false
  const origin = headers.origin
  if (origin === undefined) return true
  const own = ownOrigins.map((o) => o.toLowerCase())
  return own.includes(origin.toLowerCase())
}

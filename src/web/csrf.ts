import { createHmac, randomBytes } from 'node:crypto'
import { sameMac } from './same-mac'

/**
 * Stateless CSRF tokens for public forms (double submit): the same signed token goes into an
 * HttpOnly SameSite cookie and a hidden field; a post is accepted only when both match, the
 * signature holds and the token is younger than maxAge. The cookie alone is checked before the
 * body is read (verifyCsrfCookie), so a tokenless post costs no memory; the pair once the hidden
 * field has arrived.
 */
export const csrfCookieName = 'csrf'
export const csrfFieldName = '_csrf'
export const csrfMaxAgeMs = 2 * 60 * 60 * 1000

function sign(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url')
}

export function issueCsrfToken(secret: string, now = Date.now()): string {
  const payload = `${randomBytes(16).toString('base64url')}.${now.toString(36)}`
  return `${payload}.${sign(secret, payload)}`
}

/** One token on its own: well-formed, signed with our secret, not from the future, younger than maxAge. */
export function verifyCsrfCookie(secret: string, token: unknown, now = Date.now(), maxAgeMs = csrfMaxAgeMs): boolean {
  if (typeof token !== 'string') return false
  const parts = token.split('.')
  if (parts.length !== 3) return false
  const [nonce, ts, mac] = parts
  if (!sameMac(sign(secret, `${nonce}.${ts}`), mac)) return false
  const issued = parseInt(ts, 36)
  return Number.isFinite(issued) && issued <= now && now - issued <= maxAgeMs
}

/** The pair: the hidden field equals the cookie, and that token holds on its own. */
export function verifyCsrfToken(secret: string, fromForm: unknown, fromCookie: unknown, now = Date.now(), maxAgeMs = csrfMaxAgeMs): boolean {
  if (typeof fromForm !== 'string' || typeof fromCookie !== 'string' || fromForm !== fromCookie) return false
  return verifyCsrfCookie(secret, fromCookie, now, maxAgeMs)
}

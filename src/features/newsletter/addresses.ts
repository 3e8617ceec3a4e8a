import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The newsletter's own addresses on the bounce domain. Each copy's return path names its delivery
 * (VERP), signed so that a forged bounce cannot suspend someone else's subscription:
 *   bounces+<delivery id>-<signature>@<bounce domain>
 * The List-Unsubscribe mailto names the subscriber's personal token:
 *   unsubscribe+<token>@<bounce domain>
 */
const signatureLength = 10

function sign(secret: string, value: string): string {
  return createHmac('sha256', secret).update(`verp:${value}`).digest('base64url').slice(0, signatureLength).toLowerCase().replace(/[^a-z0-9]/g, '0')
}

export function verpAddress(secret: string, delivery: number | string, domain: string): string {
  return `bounces+${delivery}-${sign(secret, String(delivery))}@${domain}`
}

/** The delivery id a VERP address names, when its signature is right; undefined otherwise. */
export function deliveryOfVerp(secret: string, address: string): number | undefined {
  const m = /^bounces\+(\d{1,15})-([a-z0-9]+)@/i.exec(address.trim())
  if (!m) return undefined
  const expected = Buffer.from(sign(secret, m[1]))
  const given = Buffer.from(m[2].toLowerCase())
  return expected.length === given.length && timingSafeEqual(expected, given) ? Number(m[1]) : undefined
}

export function unsubscribeMailto(token: string, domain: string): string {
  return `unsubscribe+${token}@${domain}`
}

/** The personal token an unsubscribe address carries (base64url, as newPrivateToken makes them). */
export function tokenOfUnsubscribeAddress(address: string): string | undefined {
  return /^unsubscribe\+([A-Za-z0-9_-]{16,64})@/.exec(address.trim())?.[1]
}

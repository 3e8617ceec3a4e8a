import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto'

/** What a thank-you page shows after a post: the reference and where the confirmation went. */
export type Receipt = { reference: string; email: string }

const maxAgeMs = 60 * 60 * 1000

const keyFor = (secret: string) => createHmac('sha256', secret).update('form-receipt').digest()

/**
 * Seals a receipt for the redirect to the thank-you page (post/redirect/get): encrypted and
 * authenticated with the site secret, so the e-mail address is not readable in the URL or the
 * logs and the page cannot be made to show anything else. Valid for an hour.
 */
export function sealReceipt(secret: string, receipt: Receipt, now = Date.now()): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyFor(secret), iv)
  const plain = JSON.stringify({ r: receipt.reference, e: receipt.email, t: now })
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')
}

/** The receipt in a sealed string, or undefined when it was altered, is malformed or expired. */
export function openReceipt(secret: string, sealed: unknown, now = Date.now()): Receipt | undefined {
  if (typeof sealed !== 'string' || sealed.length > 2000 || !/^[A-Za-z0-9_-]+$/.test(sealed)) return undefined
  const raw = Buffer.from(sealed, 'base64url')
  if (raw.length < 29) return undefined
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFor(secret), raw.subarray(0, 12))
    decipher.setAuthTag(raw.subarray(12, 28))
    const plain = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')
    const data = JSON.parse(plain) as { r?: unknown; e?: unknown; t?: unknown }
    if (typeof data.r !== 'string' || typeof data.e !== 'string' || typeof data.t !== 'number') return undefined
    if (data.t > now || now - data.t > maxAgeMs) return undefined
    return { reference: data.r, email: data.e }
  } catch {
    return undefined
  }
}

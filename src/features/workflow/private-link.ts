import { createHash, randomBytes } from 'node:crypto'

/** A private link token: given to the submitter once; only its hash is searchable in the database. */
export function newPrivateToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString('base64url')
  return { token, hash: hashToken(token) }
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** Human-friendly reference for correspondence, e.g. "IB-2026-0042". */
export function referenceFor(prefix: string, id: number | string, date = new Date()): string {
  return `${prefix}-${date.getUTCFullYear()}-${String(id).padStart(4, '0')}`
}

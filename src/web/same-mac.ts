import { timingSafeEqual } from 'node:crypto'

/** Whether a MAC a client sent equals the one we computed, in constant time (for any length). */
export function sameMac(expected: string, given: string): boolean {
  const a = Buffer.from(expected)
  const b = Buffer.from(given)
  return a.length === b.length && timingSafeEqual(a, b)
}

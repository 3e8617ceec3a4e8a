import { rateLimitKey } from '../../../web/rate-limit'
import type { AuthLimit } from './auth-limits'

/** Who is attempting: the client address, and the account as given (lower-cased and trimmed). */
export type Attempt = { address: string; email: string | undefined }

/**
 * The bucket of one limit for one attempt, or undefined when the limit counts per account and no
 * address was given. Address and account appear only as HMACs with the site's secret; the
 * account+address key starts with the account's key, so all of an account's buckets can be found.
 */
export function authBucketKey(secret: string, limit: AuthLimit, attempt: Attempt): string | undefined {
  if (limit.scope === 'address') return rateLimitKey(secret, limit.name, attempt.address)
  if (attempt.email === undefined) return undefined
  const account = rateLimitKey(secret, limit.name, attempt.email)
  return limit.scope === 'account' ? account : rateLimitKey(secret, account, attempt.address)
}

/** The e-mail address as Payload looks it up (lower-cased, trimmed), or undefined if none. */
export function normalizedEmail(value: unknown): string | undefined {
  const email = typeof value === 'string' ? value.toLowerCase().trim() : ''
  return email === '' ? undefined : email
}

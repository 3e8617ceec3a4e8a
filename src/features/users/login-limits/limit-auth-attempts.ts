import type { CollectionBeforeOperationHook, CollectionSlug } from 'payload'
import { clientAddressOf } from '../../../web/api/client-address'
import { hitRateLimit } from '../../../web/rate-limit'
import { authBucketKey, normalizedEmail } from './auth-bucket-key'
import { authLimits } from './auth-limits'
import { matchUnknownAccountCost } from './match-unknown-account-cost'
import { networkOf } from './network-of'
import { tooManyAttempts } from './too-many-attempts'

type AuthData = { email?: unknown; password?: unknown }

/**
 * Users' beforeOperation, which Payload runs first in login, forgot-password and unlock (REST and
 * GraphQL alike, each aliased GraphQL mutation apart): counts the attempt in every bucket of the
 * operation (auth-limits.ts) and refuses with a 429 when one is full, before Payload looks the
 * account up. Every bucket is counted on every attempt, known account or not, so the sequence of
 * answers says nothing about which addresses have accounts. A login to an unknown account then
 * costs what one to a known account costs (match-unknown-account-cost.ts).
 *
 * An IPv6 client counts by its /64 network (network-of.ts), which one subscriber holds whole.
 * The Local API (server code: the seed, jobs, tests) has no client and is not limited. Requests
 * from outside carry the address the API bridge set (client-address.ts); one without (none should
 * reach here) shares a single bucket rather than going unlimited.
 */
export const limitAuthAttempts: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const limits = authLimits[operation]
  if (!limits || req.payloadAPI === 'local') return args
  const data = ((args as { data?: AuthData }).data ?? {}) as AuthData
  const attempt = { address: networkOf(clientAddressOf(req) ?? 'unknown'), email: normalizedEmail(data.email) }
  let retryAfterSeconds = 0
  for (const limit of limits) {
    const key = authBucketKey(req.payload.secret, limit, attempt)
    if (!key) continue
    const verdict = await hitRateLimit(req.payload, { key, limit: limit.limit, windowMs: limit.windowMs })
    if (!verdict.allowed) retryAfterSeconds = Math.max(retryAfterSeconds, verdict.retryAfterSeconds)
  }
  if (retryAfterSeconds > 0) throw tooManyAttempts(req, retryAfterSeconds)
  if (operation === 'login' && attempt.email) await matchUnknownAccountCost(req, collection.slug as CollectionSlug, attempt.email, data.password)
  return args
}

import type { CollectionAfterOperationHook } from 'payload'
import { deleteRateLimitBuckets } from '../../../web/rate-limit'
import { authBucketKey, normalizedEmail } from './auth-bucket-key'
import { loginsPerAccount, loginsPerAccountAndAddress } from './auth-limits'

/**
 * Users' afterOperation: when an admin unlocks an account (access.unlock: admins only), its login
 * buckets are emptied, from every address. This is the way back in for an account whose logins
 * someone used up from many addresses (loginsPerAccount).
 */
export const releaseAccountLimits: CollectionAfterOperationHook = async ({ args, operation, req, result }) => {
  if (operation !== 'unlock' || !result) return result
  const email = normalizedEmail((args as { data?: { email?: unknown } }).data?.email)
  if (!email) return result
  const secret = req.payload.secret
  const key = authBucketKey(secret, loginsPerAccount, { address: '', email })!
  // Every account+address key of the account starts with this (see authBucketKey).
  const prefix = `${authBucketKey(secret, { ...loginsPerAccountAndAddress, scope: 'account' }, { address: '', email })!}:`
  await deleteRateLimitBuckets(req.payload, { key, prefix })
  return result
}

/**
 * Attempts allowed per client address and per account, for the operations that take a password or
 * an e-mail address from anyone. Counted in the database (rate_limit_buckets), so every instance
 * behind the load balancer counts the same attempts, and counted before Payload looks the account
 * up, so a known and an unknown address get the same answers.
 *
 * Set so that a real editor never meets them: an office behind one address logs in a few times a
 * day; a mistyped password is retried two or three times. Guessing is slowed to a crawl instead.
 */
const minute = 60_000
const hour = 60 * minute

/** What a bucket counts: one client address, one account, or one account from one address. */
export type BucketScope = 'address' | 'account' | 'account+address'
export type AuthLimit = { name: string; scope: BucketScope; limit: number; windowMs: number }

/** Wrong or right, every login from one address to one account: a typist's retries, not a guesser's. */
export const loginsPerAccountAndAddress: AuthLimit = { name: 'login-pair', scope: 'account+address', limit: 10, windowMs: 15 * minute }
/** Every login from one address, whatever the account (one guesser trying many accounts). */
export const loginsPerAddress: AuthLimit = { name: 'login-address', scope: 'address', limit: 30, windowMs: 15 * minute }
/** Every login to one account from all addresses (guessing spread over many addresses). */
export const loginsPerAccount: AuthLimit = { name: 'login-account', scope: 'account', limit: 100, windowMs: hour }

/** Password-reset mails asked for from one address (each one is a mail to someone's inbox). */
export const resetRequestsPerAddress: AuthLimit = { name: 'forgot-address', scope: 'address', limit: 5, windowMs: hour }
/** Password-reset mails asked for one account (Payload also waits 15 s between two). */
export const resetRequestsPerAccount: AuthLimit = { name: 'forgot-account', scope: 'account', limit: 3, windowMs: hour }

/** Unlock requests from one address (admins only; anyone else is refused after this count). */
export const unlocksPerAddress: AuthLimit = { name: 'unlock-address', scope: 'address', limit: 10, windowMs: 15 * minute }

/** The limits of each limited operation (Payload's beforeOperation names). */
export const authLimits: Readonly<Record<string, readonly AuthLimit[]>> = {
  login: [loginsPerAccountAndAddress, loginsPerAddress, loginsPerAccount],
  forgotPassword: [resetRequestsPerAddress, resetRequestsPerAccount],
  unlock: [unlocksPerAddress],
}

import { Slots } from './slots'
import { TokenBucket } from './token-bucket'
import type { NewsletterMailSettings } from './newsletter-mail-settings'

export type SendLimits = { slots: Slots; bucket: TokenBucket }

const limits = new Map<string, SendLimits>()

/**
 * The process-wide limits every batch running here shares: one slot per pooled SMTP connection
 * (a delivery holds its slot from `sending` to its outcome, so a crash leaves at most the pool size
 * in `sending`), and the rate limit (NEWSLETTER_RATE per process).
 */
export function processSendLimits(settings: NewsletterMailSettings): SendLimits {
  const { poolSize, ratePerSecond } = settings.newsletter
  const key = `${settings.smtpUrl ?? 'outbox'}\u0000${poolSize}\u0000${ratePerSecond}`
  let found = limits.get(key)
  if (!found) {
    found = { slots: new Slots(poolSize), bucket: new TokenBucket(ratePerSecond) }
    limits.set(key, found)
  }
  return found
}

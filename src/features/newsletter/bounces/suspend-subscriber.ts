import type { Payload, PayloadRequest } from 'payload'
import type { Subscriber } from '../../../payload-types'
import { consentEntry } from '../subscription/consent-entry'
import { withConsent } from '../subscription/with-consent'
import type { SuspendReason } from '../vocabulary'

/**
 * Stops mailing an address that bounces or complains: status `suspended` with the reason, and the
 * consent record says so. Only a live subscription is suspended; someone who unsubscribed keeps
 * that status (their own choice), and a suspended one is not suspended again.
 */
export async function suspendSubscriber(payload: Payload, subscriber: Subscriber, reason: SuspendReason, at: Date, req?: PayloadRequest): Promise<boolean> {
  if (subscriber.status !== 'confirmed' && subscriber.status !== 'paused' && subscriber.status !== 'pending') return false
  await payload.update({
    collection: 'subscribers',
    id: subscriber.id,
    data: {
      status: 'suspended',
      suspendedAt: at.toISOString(),
      suspendedReason: reason,
      confirmTokenHash: null,
      confirmExpiresAt: null,
      consents: withConsent(subscriber, consentEntry('suspended', at, { detail: reason })),
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
  return true
}

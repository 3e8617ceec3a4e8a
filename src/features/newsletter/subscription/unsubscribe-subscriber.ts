import type { Payload, PayloadRequest } from 'payload'
import type { Subscriber } from '../../../payload-types'
import type { SubscribeSource } from '../vocabulary'
import { consentEntry } from './consent-entry'
import { withConsent } from './with-consent'

/**
 * Ends a subscription at once (GDPR art. 7(3): as easy as subscribing; RFC 8058 one-click). Nothing
 * more is sent to the address; the record stays, with this entry, so a later sign-up is a fresh
 * double opt-in and the history can still be shown. Unsubscribing twice changes nothing.
 */
export async function unsubscribeSubscriber(
  payload: Payload,
  subscriber: Subscriber,
  how: { source?: SubscribeSource; detail?: string; at?: Date },
  req?: PayloadRequest,
): Promise<void> {
  if (subscriber.status === 'unsubscribed') return
  const at = how.at ?? new Date()
  await payload.update({
    collection: 'subscribers',
    id: subscriber.id,
    data: {
      status: 'unsubscribed',
      unsubscribedAt: at.toISOString(),
      confirmTokenHash: null,
      confirmExpiresAt: null,
      consents: withConsent(subscriber, consentEntry('unsubscribed', at, { source: how.source ?? null, detail: how.detail ?? null })),
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
}

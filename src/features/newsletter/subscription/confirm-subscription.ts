import type { Payload } from 'payload'
import type { Subscriber } from '../../../payload-types'
import { hashToken } from '../../workflow/private-link'
import { consentEntry } from './consent-entry'
import { withConsent } from './with-consent'

const tokenPattern = /^[A-Za-z0-9_-]{16,64}$/

/** The pending subscriber a confirmation link belongs to, while it is valid; undefined otherwise. */
export async function findPendingByConfirmToken(payload: Payload, token: string, now = new Date()): Promise<Subscriber | undefined> {
  if (!tokenPattern.test(token)) return undefined
  const { docs } = await payload.find({ collection: 'subscribers', where: { confirmTokenHash: { equals: hashToken(token) } }, limit: 1, depth: 0, overrideAccess: true })
  const found = docs[0]
  if (!found || found.status !== 'pending' || !found.confirmExpiresAt || Date.parse(found.confirmExpiresAt) <= now.getTime()) return undefined
  return found
}

/**
 * The second half of the double opt-in: the person followed the link and pressed confirm. The link
 * is spent; the consent record gets the confirmation with its time. Returns the subscriber, or
 * undefined when the link is unknown, used or expired.
 */
export async function confirmSubscription(payload: Payload, token: string, now = new Date()): Promise<Subscriber | undefined> {
  const pending = await findPendingByConfirmToken(payload, token, now)
  if (!pending) return undefined
  const at = now.toISOString()
  return payload.update({
    collection: 'subscribers',
    id: pending.id,
    data: {
      status: 'confirmed',
      confirmedAt: at,
      firstSubscribedAt: pending.firstSubscribedAt ?? at,
      unsubscribedAt: null,
      suspendedAt: null,
      suspendedReason: null,
      confirmTokenHash: null,
      confirmExpiresAt: null,
      consents: withConsent(pending, consentEntry('confirmed', now, { source: pending.source ?? null, locale: pending.locale })),
    },
    overrideAccess: true,
    depth: 0,
  })
}

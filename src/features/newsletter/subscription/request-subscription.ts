import type { Payload } from 'payload'
import { emailKey } from '../../../domain/email-key'
import { inTransaction } from '../../../db/in-transaction'
import type { Locale } from '../../../i18n/locales'
import type { Subscriber } from '../../../payload-types'
import { newPrivateToken } from '../../workflow/private-link'
import type { SubscribeSource } from '../vocabulary'
import { consentEntry } from './consent-entry'
import { currentConsentWording } from './consent-wording'
import { withConsent } from './with-consent'

export type SubscriptionRequest = { email: string; locale: Locale; themes: number[]; source: SubscribeSource }

/** A confirmation link is valid this long (the 7 days). */
export const confirmValidMs = 7 * 24 * 60 * 60 * 1000

/** Someone asking again this soon gets no second confirmation mail (a form cannot flood an inbox). */
const resendAfterMs = 5 * 60 * 1000

/**
 * `confirm`: a confirmation mail was queued (new address, or one not subscribed now); `already`:
 * the address gets the newsletter, and its owner is mailed their preference link; `quiet`: a
 * confirmation went out minutes ago. The form answers the same for all three (no enumeration).
 */
export type RequestOutcome = 'confirm' | 'already' | 'quiet'

/**
 * The first half of the double opt-in: records the request (with the consent wording shown) and
 * queues the confirmation mail in the same transaction. Nothing is sent to the address until the
 * link is followed. An unsubscribed or suspended address may ask again: it starts over as pending.
 */
export async function requestSubscription(payload: Payload, request: SubscriptionRequest, now = new Date()): Promise<RequestOutcome> {
  const key = emailKey(request.email)
  return inTransaction(payload, async (req) => {
    const existing = (await payload.find({ collection: 'subscribers', where: { emailKey: { equals: key } }, limit: 1, depth: 0, overrideAccess: true, req })).docs[0] as Subscriber | undefined
    if (existing && (existing.status === 'confirmed' || existing.status === 'paused')) {
      await payload.jobs.queue({ task: 'mailSubscriber', input: { subscriber: existing.id, notice: 'already' }, req })
      return 'already'
    }
    if (existing?.status === 'pending' && existing.requestedAt && now.getTime() - Date.parse(existing.requestedAt) < resendAfterMs) return 'quiet'
    const confirm = newPrivateToken()
    const entry = consentEntry('requested', now, { source: request.source, wording: currentConsentWording, locale: request.locale })
    const data = {
      email: request.email.trim(),
      emailKey: key,
      status: 'pending' as const,
      locale: request.locale,
      themes: request.themes,
      source: request.source,
      requestedAt: now.toISOString(),
      confirmTokenHash: confirm.hash,
      confirmExpiresAt: new Date(now.getTime() + confirmValidMs).toISOString(),
      consents: withConsent(existing, entry),
    }
    let id: number
    if (existing) {
      id = (await payload.update({ collection: 'subscribers', id: existing.id, data, overrideAccess: true, depth: 0, req })).id
    } else {
      const personal = newPrivateToken()
      const created = await payload.create({ collection: 'subscribers', data: { ...data, tokenHash: personal.hash, tokenSealed: payload.encrypt(personal.token) }, overrideAccess: true, depth: 0, req })
      id = created.id
    }
    // The confirmation token is only hashed on the subscriber; the job gets it sealed.
    await payload.jobs.queue({ task: 'mailSubscriber', input: { subscriber: id, notice: 'confirm', sealed: payload.encrypt(confirm.token) }, req })
    return 'confirm'
  })
}

import type { Payload } from 'payload'
import { emailKey } from '../../../domain/email-key'
import type { NewsletterDelivery, Subscriber } from '../../../payload-types'
import { deliveryOfVerp } from '../addresses'
import type { BounceReport } from './parse-bounce-report'

export type BounceTarget = { subscriber: Subscriber; delivery?: number; recipient: string }

const idOf = (v: number | { id: number } | null | undefined) => (typeof v === 'object' && v ? v.id : (v ?? undefined))

async function subscriberOfDelivery(payload: Payload, id: number): Promise<BounceTarget | undefined> {
  const delivery = (await payload.find({ collection: 'newsletter-deliveries', where: { id: { equals: id } }, limit: 1, depth: 0, overrideAccess: true })).docs[0] as NewsletterDelivery | undefined
  const subscriberId = idOf(delivery?.subscriber)
  if (!delivery || subscriberId === undefined) return undefined
  const subscriber = (await payload.find({ collection: 'subscribers', where: { id: { equals: subscriberId } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  return subscriber ? { subscriber, delivery: delivery.id, recipient: delivery.email } : undefined
}

/**
 * Whose copy bounced. The envelope recipient of the report is our signed VERP return path when the
 * MTA bounced to it (RFC 5321 §4.5.5): that names the delivery. Feedback loops often report to a
 * fixed address instead, so then the report's own facts are tried in order of trust: the original
 * return path quoted in it (signed too), the original Message-ID (stored per delivery), and last
 * the recipient address, only when exactly one subscriber has it. A VERP address with a wrong
 * signature is a forgery and identifies nobody: a fallback would make the signature pointless.
 */
export async function findBounceTarget(payload: Payload, verpSecret: string, envelopeRecipient: string | undefined, report: BounceReport): Promise<BounceTarget | undefined> {
  if (envelopeRecipient && /^bounces\+/i.test(envelopeRecipient)) {
    const delivery = deliveryOfVerp(verpSecret, envelopeRecipient)
    return delivery === undefined ? undefined : subscriberOfDelivery(payload, delivery)
  }
  const quoted = report.returnPath ? deliveryOfVerp(verpSecret, report.returnPath) : undefined
  if (quoted !== undefined) return subscriberOfDelivery(payload, quoted)
  if (report.originalMessageId) {
    const byId = (await payload.find({ collection: 'newsletter-deliveries', where: { messageId: { equals: report.originalMessageId } }, limit: 2, depth: 0, overrideAccess: true })).docs
    if (byId.length === 1) return subscriberOfDelivery(payload, byId[0]!.id)
  }
  if (!report.recipient) return undefined
  const { docs } = await payload.find({ collection: 'subscribers', where: { emailKey: { equals: emailKey(report.recipient) } }, limit: 2, depth: 0, overrideAccess: true })
  return docs.length === 1 ? { subscriber: docs[0]!, recipient: docs[0]!.email } : undefined
}

import type { Payload } from 'payload'
import { tokenOfUnsubscribeAddress } from '../addresses'
import { findSubscriberByToken } from '../subscription/find-subscriber-by-token'
import { unsubscribeSubscriber } from '../subscription/unsubscribe-subscriber'
import type { SuspendReason } from '../vocabulary'
import { findBounceTarget } from './find-bounce-target'
import { inboundAddressKind } from './inbound-address-kind'
import type { InboundSettings } from './inbound-settings'
import { parseBounceReport } from './parse-bounce-report'
import { recordBounce } from './record-bounce'

export type InboundResult =
  | { result: 'recorded'; suspended?: SuspendReason }
  | { result: 'duplicate' | 'not-a-report' | 'unknown-recipient' | 'unsubscribed' | 'unknown-token' | 'not-ours' }

/**
 * One message that arrived for one of our addresses (by SMTP or the webhook), acted on:
 * a bounce or complaint is recorded against whoever it is about (and may suspend them), a mail to a
 * List-Unsubscribe mailto unsubscribes its subscriber (RFC 8058 §3.2's mailto alternative). Without
 * an envelope recipient (a webhook that does not know it), the message is read as a bounce.
 */
export async function receiveInboundMail(payload: Payload, settings: InboundSettings, raw: Buffer | string, envelopeRecipient?: string, at = new Date()): Promise<InboundResult> {
  const kind = envelopeRecipient === undefined ? 'bounces' : inboundAddressKind(envelopeRecipient, settings.bounceDomain)
  if (kind === 'unsubscribe') {
    const token = tokenOfUnsubscribeAddress(envelopeRecipient ?? '')
    const subscriber = token ? await findSubscriberByToken(payload, token) : undefined
    if (!subscriber) return { result: 'unknown-token' }
    await unsubscribeSubscriber(payload, subscriber, { detail: 'mailto', at })
    return { result: 'unsubscribed' }
  }
  if (kind !== 'bounces') return { result: 'not-ours' }
  const report = await parseBounceReport(raw)
  if (!report) return { result: 'not-a-report' }
  const target = await findBounceTarget(payload, settings.verpSecret, envelopeRecipient, report)
  if (!target) return { result: 'unknown-recipient' }
  const recorded = await recordBounce(payload, target, report, at)
  if (recorded.duplicate) return { result: 'duplicate' }
  return recorded.suspended ? { result: 'recorded', suspended: recorded.suspended } : { result: 'recorded' }
}

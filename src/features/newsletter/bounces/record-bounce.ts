import type { Payload, PayloadRequest, Where } from 'payload'
import type { Subscriber } from '../../../payload-types'
import type { SuspendReason } from '../vocabulary'
import type { BounceTarget } from './find-bounce-target'
import type { BounceReport } from './parse-bounce-report'
import { suspendSubscriber } from './suspend-subscriber'
import { withSubscriberLock } from './with-subscriber-lock'

const day = 24 * 60 * 60 * 1000
/** Three soft bounces within this window suspend, as the issue asks. */
export const softBounceWindowDays = 30
export const softBouncesToSuspend = 3

export type RecordedBounce = { duplicate: boolean; suspended?: SuspendReason }

/**
 * Records one bounce or complaint and applies the rules: a hard bounce or a complaint suspends at
 * once, the third soft bounce within 30 days does too.
 *
 * The same report processed twice counts once. Its key is the copy it is about: one row per
 * delivery and kind (and, when the report names no delivery, per subscriber, kind and status within
 * a day). So an MTA that sends its report again, or a webhook retried, changes nothing; and the
 * several "still trying" notices one delayed copy can cause count as one soft bounce, not three:
 * the rule is about three sends failing, not one send reported three times. The Message-ID of a
 * report would not do: a relay re-sending a report may give it a new one. Check, write and count
 * run under the subscriber's lock, in one transaction.
 */
export async function recordBounce(payload: Payload, target: BounceTarget, report: BounceReport, at = new Date()): Promise<RecordedBounce> {
  return withSubscriberLock(payload, target.subscriber.id, async (req) => {
    const same: Where[] = [{ subscriber: { equals: target.subscriber.id } }, { kind: { equals: report.kind } }]
    if (target.delivery !== undefined) same.push({ delivery: { equals: target.delivery } })
    else same.push({ status: { equals: report.status } }, { receivedAt: { greater_than: new Date(at.getTime() - day).toISOString() } })
    const seen = await payload.count({ collection: 'newsletter-bounces', where: { and: same }, overrideAccess: true, req })
    if (seen.totalDocs > 0) return { duplicate: true }
    await payload.create({
      collection: 'newsletter-bounces',
      data: {
        subscriber: target.subscriber.id,
        delivery: target.delivery ?? null,
        recipient: target.recipient,
        kind: report.kind,
        status: report.status,
        diagnostic: report.diagnostic ?? null,
        receivedAt: at.toISOString(),
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
    const reason = await reasonToSuspend(payload, target.subscriber.id, report, at, req)
    if (!reason) return { duplicate: false }
    // Read again inside the lock: the subscriber may have changed since the target was found.
    const subscriber = (await payload.findByID({ collection: 'subscribers', id: target.subscriber.id, depth: 0, overrideAccess: true, req })) as Subscriber
    return { duplicate: false, suspended: (await suspendSubscriber(payload, subscriber, reason, at, req)) ? reason : undefined }
  })
}

async function reasonToSuspend(payload: Payload, subscriber: number, report: BounceReport, at: Date, req: PayloadRequest): Promise<SuspendReason | undefined> {
  if (report.kind === 'hard') return 'hardBounce'
  if (report.kind === 'complaint') return 'complaint'
  const since = new Date(at.getTime() - softBounceWindowDays * day).toISOString()
  const soft = await payload.count({
    collection: 'newsletter-bounces',
    where: { and: [{ subscriber: { equals: subscriber } }, { kind: { equals: 'soft' } }, { receivedAt: { greater_than_equal: since } }, { receivedAt: { less_than_equal: at.toISOString() } }] },
    overrideAccess: true,
    req,
  })
  return soft.totalDocs >= softBouncesToSuspend ? 'softBounces' : undefined
}

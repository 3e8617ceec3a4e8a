import type { Subscriber } from '../../../payload-types'

export type MembershipEvent = { at: Date; kind: 'join' | 'unsubscribe' | 'bounce' }
export type SubscriberHistory = Pick<Subscriber, 'status' | 'locale' | 'confirmedAt' | 'unsubscribedAt' | 'suspendedAt' | 'consents'>

const kindOf: Partial<Record<NonNullable<Subscriber['consents']>[number]['action'], MembershipEvent['kind']>> = {
  confirmed: 'join',
  // An imported subscription is dated when it was confirmed in the earlier mailer.
  imported: 'join',
  unsubscribed: 'unsubscribe',
  suspended: 'bounce',
}

/**
 * When a subscriber joined and left the list, oldest first, read from their consent record (which
 * keeps every confirmation, unsubscription and suspension, also across coming back). A subscriber
 * whose record lacks an entry the date fields show (written before the record existed) gets it
 * from those fields, so every subscriber counts from their own dates.
 */
export function subscriberEvents(s: SubscriberHistory): MembershipEvent[] {
  const events: MembershipEvent[] = []
  for (const c of s.consents ?? []) {
    const kind = kindOf[c.action]
    if (kind) events.push({ at: new Date(c.at), kind })
  }
  const has = (kind: MembershipEvent['kind']) => events.some((e) => e.kind === kind)
  if (!has('join') && s.confirmedAt) events.push({ at: new Date(s.confirmedAt), kind: 'join' })
  if (!has('unsubscribe') && s.status === 'unsubscribed' && s.unsubscribedAt) events.push({ at: new Date(s.unsubscribedAt), kind: 'unsubscribe' })
  if (!has('bounce') && s.status === 'suspended' && s.suspendedAt) events.push({ at: new Date(s.suspendedAt), kind: 'bounce' })
  return events.sort((a, b) => a.at.getTime() - b.at.getTime())
}

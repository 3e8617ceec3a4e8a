import type { Payload } from 'payload'
import { emailKey } from '../../src/domain/email-key'
import { newPrivateToken } from '../../src/features/workflow/private-link'
import type { NewsletterDelivery, NewsletterIssue, Subscriber } from '../../src/payload-types'

/** A subscriber as the sign-up would leave them (confirmed by default), with their personal token. */
export async function createSubscriber(payload: Payload, email: string, data: Partial<Subscriber> = {}): Promise<{ subscriber: Subscriber; token: string }> {
  const { token, hash } = newPrivateToken()
  const at = data.confirmedAt ?? new Date().toISOString()
  const subscriber = await payload.create({
    collection: 'subscribers',
    data: {
      email,
      emailKey: emailKey(email),
      status: 'confirmed',
      locale: 'en',
      source: 'newsletterPage',
      firstSubscribedAt: at,
      requestedAt: at,
      confirmedAt: at,
      tokenHash: hash,
      tokenSealed: payload.encrypt(token),
      consents: [
        { action: 'requested', at, source: 'newsletterPage', locale: data.locale ?? 'en' },
        { action: 'confirmed', at, source: 'newsletterPage', locale: data.locale ?? 'en' },
      ],
      ...data,
    },
    overrideAccess: true,
    depth: 0,
  })
  return { subscriber, token }
}

let issues = 0
/** A newsletter issue; `sent` gives it the status and counts a finished send leaves. */
export async function createIssue(payload: Payload, data: Pick<NewsletterIssue, 'status' | 'sentAt' | 'counts'> = {}): Promise<NewsletterIssue> {
  issues++
  return payload.create({ collection: 'newsletter-issues', locale: 'en', data: { title: `Issue ${issues}`, slug: `issue-${issues}`, ...data }, overrideAccess: true, depth: 0 })
}

/** One sent copy of an issue to a subscriber. */
export async function createDelivery(payload: Payload, issue: NewsletterIssue, subscriber: Subscriber, data: Partial<NewsletterDelivery> = {}): Promise<NewsletterDelivery> {
  return payload.create({
    collection: 'newsletter-deliveries',
    data: { issue: issue.id, subscriber: subscriber.id, email: subscriber.email, locale: subscriber.locale, batch: 0, state: 'sent', stateAt: new Date().toISOString(), ...data },
    overrideAccess: true,
    depth: 0,
  })
}

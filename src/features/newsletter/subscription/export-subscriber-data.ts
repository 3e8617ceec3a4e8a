import type { Payload } from 'payload'
import type { NewsletterIssue, Subscriber, Theme } from '../../../payload-types'

/**
 * GDPR art. 15 and 20: everything kept about one subscription, as JSON the person can download
 * from their preference page. Secrets (token hashes) are left out: they identify nothing.
 */
export async function exportSubscriberData(payload: Payload, subscriber: Subscriber): Promise<Record<string, unknown>> {
  const withThemes = (await payload.findByID({ collection: 'subscribers', id: subscriber.id, depth: 1, overrideAccess: true })) as Subscriber
  const themes = (withThemes.themes ?? []).filter((t): t is Theme => typeof t === 'object' && t !== null).map((t) => t.slug)
  const deliveries = await payload.find({ collection: 'newsletter-deliveries', where: { subscriber: { equals: subscriber.id } }, depth: 1, limit: 0, overrideAccess: true, sort: 'createdAt' })
  const bounces = await payload.find({ collection: 'newsletter-bounces', where: { subscriber: { equals: subscriber.id } }, depth: 0, limit: 0, overrideAccess: true, sort: 'receivedAt' })
  return {
    email: subscriber.email,
    status: subscriber.status,
    language: subscriber.locale,
    themes,
    source: subscriber.source ?? null,
    firstSubscribedAt: subscriber.firstSubscribedAt ?? null,
    requestedAt: subscriber.requestedAt ?? null,
    confirmedAt: subscriber.confirmedAt ?? null,
    unsubscribedAt: subscriber.unsubscribedAt ?? null,
    suspendedAt: subscriber.suspendedAt ?? null,
    suspendedReason: subscriber.suspendedReason ?? null,
    consentRecord: (subscriber.consents ?? []).map(({ action, at, source, wording, locale, detail }) => ({ action, at, source: source ?? null, wording: wording ?? null, language: locale ?? null, detail: detail ?? null })),
    issuesSent: deliveries.docs.map((d) => ({ issue: typeof d.issue === 'object' ? (d.issue as NewsletterIssue).slug : d.issue, language: d.locale, state: d.state, at: d.stateAt ?? null })),
    bounces: bounces.docs.map((b) => ({ kind: b.kind, status: b.status ?? null, at: b.receivedAt })),
  }
}

import type { Payload } from 'payload'
import type { NewsletterIssue } from '../../../payload-types'
import { computeSubscriberFigures, type MonthFigures } from './compute-subscriber-figures'
import type { SubscriberHistory } from './subscriber-events'

export type IssueFigures = { id: number; title: string; sentAt: string; recipients: number; delivered: number; failed: number; uncertain: number }
export type NewsletterFigures = { months: MonthFigures[]; issues: IssueFigures[] }

/**
 * The newsletter's figures for the editors and the yearly report: the list month by month and per
 * language (computeSubscriberFigures) and every sent issue with its recipients and deliveries,
 * newest first. Reads everything it needs (personal data): callers check the reader is an editor.
 */
export async function readNewsletterFigures(payload: Payload, until = new Date()): Promise<NewsletterFigures> {
  const [subscribers, issues] = await Promise.all([
    payload.find({
      collection: 'subscribers',
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { status: true, locale: true, confirmedAt: true, unsubscribedAt: true, suspendedAt: true, consents: true },
    }),
    payload.find({ collection: 'newsletter-issues', where: { status: { equals: 'sent' } }, sort: '-sentAt', pagination: false, depth: 0, overrideAccess: true }),
  ])
  return {
    months: computeSubscriberFigures(subscribers.docs as SubscriberHistory[], until),
    issues: (issues.docs as NewsletterIssue[]).map((i) => ({
      id: i.id,
      title: i.adminTitle ?? i.title ?? '',
      sentAt: i.sentAt ?? i.updatedAt,
      recipients: i.counts?.recipients ?? 0,
      delivered: i.counts?.delivered ?? 0,
      failed: i.counts?.failed ?? 0,
      uncertain: i.counts?.uncertain ?? 0,
    })),
  }
}

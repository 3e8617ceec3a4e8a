import { findBySlug } from '../../../domain/find-by-slug'
import type { ReadContext } from '../../../domain/read-context'
import type { NewsletterIssue } from '../../../payload-types'
import { toIssuePage, type IssuePage } from './issue-view'

/**
 * One sent issue by slug, for its archive page; undefined for an unknown slug or an issue not sent,
 * except in an editor's preview (the admin's "view on site"; access shows editors every issue).
 */
export async function getSentIssue(ctx: ReadContext, slug: string): Promise<IssuePage | undefined> {
  const doc = (await findBySlug(ctx, 'newsletter-issues', slug, 1)) as NewsletterIssue | undefined
  if (!doc || (doc.status !== 'sent' && !ctx.draft)) return undefined
  return toIssuePage(doc.sentAt ? doc : { ...doc, sentAt: doc.updatedAt }, ctx)
}

import type { ReadContext } from '../../../domain/read-context'
import type { NewsletterIssue } from '../../../payload-types'
import { toIssuePage, type IssueCard } from './issue-view'

/** The archive: every sent issue, newest first, as the reader may see it (access keeps out the rest). */
export async function listSentIssues(ctx: ReadContext, limit = 0): Promise<IssueCard[]> {
  const result = await ctx.payload.find({
    collection: 'newsletter-issues',
    locale: 'all',
    where: { status: { equals: 'sent' } },
    sort: '-sentAt',
    limit,
    pagination: limit > 0,
    depth: 0,
    select: { title: true, preheader: true, slug: true, sentAt: true },
    overrideAccess: false,
    user: ctx.user,
  })
  return result.docs.flatMap((doc) => {
    const page = toIssuePage(doc as NewsletterIssue, ctx)
    if (!page) return []
    const { body: _body, ...card } = page
    return [card]
  })
}

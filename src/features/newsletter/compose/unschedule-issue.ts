import type { Payload } from 'payload'

/**
 * Takes a scheduled issue back to draft before its time. Its queued job stays, but finds the issue
 * no longer scheduled and does nothing (sendNewsletter checks), so no job needs to be found and
 * removed, and an issue already sending cannot be taken back.
 */
export async function unscheduleIssue(payload: Payload, issueId: number): Promise<boolean> {
  const result = await payload.update({
    collection: 'newsletter-issues',
    where: { and: [{ id: { equals: issueId } }, { status: { equals: 'scheduled' } }] },
    data: { status: 'draft', scheduledAt: null },
    overrideAccess: true,
    depth: 0,
  })
  return result.docs.length === 1
}

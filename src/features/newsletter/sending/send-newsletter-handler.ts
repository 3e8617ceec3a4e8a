import { commitTransaction, createLocalReq, initTransaction, killTransaction, type TaskHandler } from 'payload'
import { finishIssueIfDone } from './finish-issue-if-done'
import { insertDeliveries } from './insert-deliveries'
import { issueBatches } from './issue-batches'
import { newsletterMailSettings } from './newsletter-mail-settings'

/**
 * Starts sending an issue: one pending delivery per subscriber confirmed now (one statement), then
 * one batch job per batch and the issue's status `sending`, together in one transaction. Safe to
 * run again after a crash at any point: existing deliveries are kept as they are, and the jobs are
 * queued only while the issue is not yet `sending`, so none is queued twice.
 */
export const sendNewsletter: TaskHandler<'sendNewsletter'> = async ({ input, req: jobReq }) => {
  const { payload } = jobReq
  const issue = await payload.findByID({ collection: 'newsletter-issues', id: input.issue, depth: 0, overrideAccess: true, disableErrors: true, select: { status: true } })
  if (!issue) return { output: { skipped: 'gone' } }
  if (issue.status === 'sending' || issue.status === 'sent') return { output: { skipped: issue.status } }
  await insertDeliveries(payload, input.issue, newsletterMailSettings(payload).newsletter.batchSize)
  const batches = await issueBatches(payload, input.issue)
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const now = await payload.findByID({ collection: 'newsletter-issues', id: input.issue, depth: 0, overrideAccess: true, req, select: { status: true } })
    if (now.status === 'sending' || now.status === 'sent') {
      await killTransaction(req)
      return { output: { skipped: now.status } }
    }
    for (const batch of batches) await payload.jobs.queue({ task: 'sendNewsletterBatch', input: { issue: input.issue, batch }, req })
    await payload.update({ collection: 'newsletter-issues', id: input.issue, data: { status: 'sending' }, depth: 0, overrideAccess: true, req })
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  // No recipients at all: nothing to wait for.
  if (batches.length === 0) await finishIssueIfDone(payload, input.issue)
  return { output: { batches: batches.length } }
}

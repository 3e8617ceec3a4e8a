import type { TaskHandler } from 'payload'
import { rowLock } from '../../../db/with-row-lock'
import { finishIssueIfDone } from './finish-issue-if-done'
import { insertDeliveries } from './insert-deliveries'
import { issueBatches } from './issue-batches'
import { newsletterMailSettings } from './newsletter-mail-settings'

// One starter per issue at a time, on any number of instances. 0x4e4c4953 is "NLIS".
const withIssueLock = rowLock(0x4e4c4953)

/** A job due more than this before the issue's scheduled time is an old one (the issue was rescheduled). */
const earlyMs = 60_000

/**
 * Starts sending a scheduled issue: one pending delivery per subscriber confirmed now (one
 * statement), then, under the issue's lock, one batch job per batch and the status `sending`, in
 * one transaction. Safe to run again after a crash at any point: deliveries are kept as they are
 * and the jobs are queued only while the issue is still `scheduled`, so none is queued twice. An
 * issue taken back to draft, or rescheduled to later, is left alone (scheduleIssue's job stays).
 */
export const sendNewsletter: TaskHandler<'sendNewsletter'> = async ({ input, req: jobReq }) => {
  const { payload } = jobReq
  const due = (status: string | null | undefined, scheduledAt: string | null | undefined): boolean =>
    status === 'scheduled' && (!scheduledAt || Date.parse(scheduledAt) <= Date.now() + earlyMs)
  const issue = await payload.findByID({ collection: 'newsletter-issues', id: input.issue, depth: 0, overrideAccess: true, disableErrors: true, select: { status: true, scheduledAt: true } })
  if (!issue) return { output: { skipped: 'gone' } }
  if (!due(issue.status, issue.scheduledAt)) return { output: { skipped: issue.status ?? 'draft' } }
  await insertDeliveries(payload, input.issue, newsletterMailSettings(payload).newsletter.batchSize)
  const batches = await issueBatches(payload, input.issue)
  const started = await withIssueLock(payload, input.issue, async (req) => {
    const now = await payload.findByID({ collection: 'newsletter-issues', id: input.issue, depth: 0, overrideAccess: true, req, select: { status: true, scheduledAt: true } })
    if (!due(now.status, now.scheduledAt)) return false
    for (const batch of batches) await payload.jobs.queue({ task: 'sendNewsletterBatch', input: { issue: input.issue, batch }, req })
    await payload.update({ collection: 'newsletter-issues', id: input.issue, data: { status: 'sending' }, depth: 0, overrideAccess: true, req })
    return true
  })
  if (!started) return { output: { skipped: 'already started' } }
  // No recipients at all: nothing to wait for.
  if (batches.length === 0) await finishIssueIfDone(payload, input.issue)
  return { output: { batches: batches.length } }
}

import type { TaskHandler } from 'payload'
import type { IssueAllLocales } from './compose-newsletter-mail'
import { deliverBatch } from './deliver-batch'
import { finishIssueIfDone } from './finish-issue-if-done'
import { markInterruptedUncertain } from './mark-interrupted-uncertain'
import { newsletterMailSettings } from './newsletter-mail-settings'
import { pendingDeliveries } from './pending-deliveries'

/**
 * One batch of an issue. Resuming after a crash: what the dead run left in `sending` becomes
 * `uncertain` (never resent), everything still `pending` is sent. The batch that finishes last
 * marks the issue sent with its counts. Temporary SMTP failures make the job fail after the batch,
 * so the queue runs it again later with backoff for the copies put back to `pending`.
 */
export const sendNewsletterBatch: TaskHandler<'sendNewsletterBatch'> = async ({ input, req }) => {
  const { payload } = req
  const settings = newsletterMailSettings(payload)
  const issue = (await payload.findByID({ collection: 'newsletter-issues', id: input.issue, locale: 'all', depth: 0, overrideAccess: true, disableErrors: true })) as IssueAllLocales | null
  if (!issue) return { output: { skipped: 'gone' } }
  const interrupted = await markInterruptedUncertain(payload, input.issue, input.batch)
  const pending = await pendingDeliveries(payload, input.issue, input.batch)
  const result = await deliverBatch(payload, settings, issue, pending)
  await finishIssueIfDone(payload, input.issue)
  if (result.retry > 0) throw new Error(`newsletter ${input.issue} batch ${input.batch}: the SMTP server refused for now; the rest is sent on the next try`)
  return { output: { ...result, uncertain: result.uncertain + interrupted } }
}

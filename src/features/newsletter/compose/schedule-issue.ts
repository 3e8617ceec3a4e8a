import type { Payload } from 'payload'
import { inTransaction } from '../../../db/in-transaction'

export type ScheduleOutcome = 'scheduled' | 'notDraft' | 'noTitle'

/**
 * Queues an issue to go out at `at` (now when not given): the sendNewsletter job waits until then
 * (the job's waitUntil, so it survives restarts and runs once on one instance). The issue and its
 * job are written together. Only a draft with a subject in at least one language can be scheduled.
 */
export async function scheduleIssue(payload: Payload, issueId: number, at = new Date()): Promise<ScheduleOutcome> {
  return inTransaction(payload, async (req) => {
    const issue = await payload.findByID({ collection: 'newsletter-issues', id: issueId, depth: 0, overrideAccess: true, req })
    if ((issue.status ?? 'draft') !== 'draft') return 'notDraft'
    if (!issue.languages?.length) return 'noTitle'
    await payload.update({ collection: 'newsletter-issues', id: issueId, data: { status: 'scheduled', scheduledAt: at.toISOString() }, overrideAccess: true, depth: 0, req })
    await payload.jobs.queue({ task: 'sendNewsletter', input: { issue: issueId }, waitUntil: at, req })
    return 'scheduled'
  })
}

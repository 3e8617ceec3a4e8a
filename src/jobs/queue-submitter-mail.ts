import type { Payload, PayloadRequest } from 'payload'
import type { MailSubmitterInput } from './tasks/mail-submitter'

/**
 * Queues a mail to a submitter. Given the request of a hook, the job is written inside the editor's
 * transaction: if the change rolls back, the mail was never queued.
 */
export async function queueSubmitterMail(payload: Payload, input: MailSubmitterInput, req?: PayloadRequest): Promise<void> {
  await payload.jobs.queue({ task: 'mailSubmitter', input, req })
}

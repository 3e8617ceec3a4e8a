import type { TaskConfig } from 'payload'
import type { Notice } from '../../features/workflow/emails'

/** Input of the submitter-mail task: ids and what to say, never the address or the private token. */
export type MailSubmitterInput = {
  collection: 'practices' | 'replications'
  id: number
  notice: Notice
  /** The title as the submitter wrote it (titles are localized; the mail goes out in their language). */
  title: string
  note?: string | null
}

/**
 * Mails a submitter about their contribution (receipt, changes requested, published, declined).
 * Data as config; the handler is loaded only when a runner first runs such a job.
 */
export const mailSubmitterTask: TaskConfig<'mailSubmitter'> = {
  slug: 'mailSubmitter',
  label: 'Mail to a submitter',
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'number', required: true },
    { name: 'notice', type: 'text', required: true },
    { name: 'title', type: 'text', required: true },
    { name: 'note', type: 'textarea' },
  ],
  // An SMTP outage is usually short: 6 tries over about 10 minutes (5 s, 10 s, 20 s … doubling).
  retries: { attempts: 6, backoff: { type: 'exponential', delay: 5_000 } },
  handler: async (args) => (await import('./mail-submitter-handler')).mailSubmitter(args),
}

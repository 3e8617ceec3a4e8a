import type { TaskConfig } from 'payload'

// Jobs as data; each handler is loaded only when a runner first runs such a job.
// An SMTP outage is usually short: 6 tries over about 10 minutes (5 s, 10 s, 20 s … doubling).
const mailRetries = { attempts: 6, backoff: { type: 'exponential' as const, delay: 5_000 } }

/** A transactional mail to one subscriber (confirm your subscription, already subscribed, …). */
export const mailSubscriberTask: TaskConfig<'mailSubscriber'> = {
  slug: 'mailSubscriber',
  label: 'Mail to a newsletter subscriber',
  inputSchema: [
    { name: 'subscriber', type: 'number', required: true },
    { name: 'notice', type: 'text', required: true },
    // The confirmation link's token, sealed with the secret (only its hash is on the subscriber).
    { name: 'sealed', type: 'text' },
  ],
  retries: mailRetries,
  handler: async (args) => (await import('./mail-subscriber-handler')).mailSubscriber(args),
}

/**
 * Starts sending an issue (now, or at its scheduled time through the job's waitUntil): one delivery
 * per recipient, then one batch job per `NEWSLETTER_BATCH_SIZE` recipients. Safe to run twice.
 */
export const sendNewsletterTask: TaskConfig<'sendNewsletter'> = {
  slug: 'sendNewsletter',
  label: 'Send a newsletter issue',
  inputSchema: [{ name: 'issue', type: 'number', required: true }],
  retries: mailRetries,
  handler: async (args) => (await import('../sending/send-newsletter-handler')).sendNewsletter(args),
}

/** One batch of an issue's recipients, each moved pending → sending → sent/failed. */
export const sendNewsletterBatchTask: TaskConfig<'sendNewsletterBatch'> = {
  slug: 'sendNewsletterBatch',
  label: 'Send a newsletter batch',
  inputSchema: [
    { name: 'issue', type: 'number', required: true },
    { name: 'batch', type: 'number', required: true },
  ],
  retries: mailRetries,
  handler: async (args) => (await import('../sending/send-newsletter-batch-handler')).sendNewsletterBatch(args),
}

/** A test copy of an issue to the addresses an editor gave, in the languages they chose. */
export const sendNewsletterTestTask: TaskConfig<'sendNewsletterTest'> = {
  slug: 'sendNewsletterTest',
  label: 'Send a newsletter test',
  inputSchema: [
    { name: 'issue', type: 'number', required: true },
    { name: 'to', type: 'text', required: true },
    { name: 'locale', type: 'text', required: true },
  ],
  retries: mailRetries,
  handler: async (args) => (await import('../sending/send-newsletter-test-handler')).sendNewsletterTest(args),
}

export const newsletterTasks = [mailSubscriberTask, sendNewsletterTask, sendNewsletterBatchTask, sendNewsletterTestTask]

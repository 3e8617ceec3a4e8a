import type { TaskConfig } from 'payload'

// Jobs as data; each handler is loaded only when a runner first runs such a job.
// An SMTP outage is usually short: 6 tries over about 10 minutes (5 s, 10 s, 20 s … doubling).
const mailRetries = { attempts: 6, backoff: { type: 'exponential' as const, delay: 5_000 } }

/** One mail to one participant, read from their registration as it is when the job runs. */
export const mailParticipantTask: TaskConfig<'mailParticipant'> = {
  slug: 'mailParticipant',
  label: 'Mail to an event participant',
  inputSchema: [
    { name: 'registration', type: 'number', required: true },
    { name: 'notice', type: 'text', required: true },
    { name: 'message', type: 'number' },
  ],
  retries: mailRetries,
  handler: async (args) => (await import('./mail-participant-handler')).mailParticipant(args),
}

/** The day-before or hour-before reminders of one event, queued when it is published. */
export const remindParticipantsTask: TaskConfig<'remindParticipants'> = {
  slug: 'remindParticipants',
  label: 'Event reminders',
  inputSchema: [
    { name: 'event', type: 'number', required: true },
    { name: 'which', type: 'text', required: true },
    { name: 'startsAt', type: 'text', required: true },
  ],
  retries: mailRetries,
  handler: async (args) => (await import('./remind-participants-handler')).remindParticipants(args),
}

/** An organiser's message, fanned out into one mail job per participant. */
export const messageParticipantsTask: TaskConfig<'messageParticipants'> = {
  slug: 'messageParticipants',
  label: 'Message to event participants',
  inputSchema: [{ name: 'message', type: 'number', required: true }],
  retries: mailRetries,
  handler: async (args) => (await import('./message-participants-handler')).messageParticipants(args),
}

/** Removes an event's personal data a while after it ended, keeping anonymous counts. */
export const purgeEventDataTask: TaskConfig<'purgeEventData'> = {
  slug: 'purgeEventData',
  label: 'Purge event participants’ data',
  inputSchema: [{ name: 'event', type: 'number', required: true }],
  retries: { attempts: 3, backoff: { type: 'exponential' as const, delay: 60_000 } },
  handler: async (args) => (await import('./purge-event-data-handler')).purgeEventData(args),
}

export const eventTasks = [mailParticipantTask, remindParticipantsTask, messageParticipantsTask, purgeEventDataTask]

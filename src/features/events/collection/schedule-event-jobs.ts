import type { CollectionAfterChangeHook } from 'payload'

const hour = 3_600_000
const day = 24 * hour

/** Days after an event ends that its participants' personal data is kept (EVENT_RETENTION_DAYS). */
export function retentionDays(): number {
  const n = Number(process.env.EVENT_RETENTION_DAYS ?? 90)
  return Number.isFinite(n) && n >= 0 ? n : 90
}

/**
 * afterChange of events: when one of our events is published with a new start (or for the first
 * time), queue its reminders and its purge, inside the editor's transaction. A job whose start no
 * longer matches the event when it runs does nothing, so moving an event leaves no stale reminder.
 */
export const scheduleEventJobs: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  if (doc._status !== 'published' || doc.kind !== 'own' || context.seeding || context.housekeeping) return doc
  const startsAt = String(doc.startsAt)
  const wasPublishedWithSameTimes = previousDoc?._status === 'published' && previousDoc.startsAt === doc.startsAt && previousDoc.endsAt === doc.endsAt
  if (wasPublishedWithSameTimes) return doc
  const start = Date.parse(startsAt)
  const end = Date.parse(String(doc.endsAt))
  const event = Number(doc.id)
  const now = Date.now()
  for (const [which, at] of [['day', start - day], ['hour', start - hour]] as const) {
    if (start > now) await req.payload.jobs.queue({ task: 'remindParticipants', input: { event, which, startsAt }, waitUntil: new Date(Math.max(at, now)), req })
  }
  await req.payload.jobs.queue({ task: 'purgeEventData', input: { event }, waitUntil: new Date(end + retentionDays() * day), req })
  return doc
}

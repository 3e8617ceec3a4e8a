import { commitTransaction, createLocalReq, initTransaction, killTransaction, type TaskHandler } from 'payload'
import type { Event, Registration } from '../../../payload-types'
import { retentionDays } from '../collection/schedule-event-jobs'
import { countRegistrations } from '../registration/count-registrations'

/**
 * Deletes an event's registrations (names, addresses, needs) once the retention time after it has
 * passed, keeping only anonymous counts in event-figures, in one transaction. An event moved later
 * since this job was queued is left alone: its new purge job is queued with it.
 */
export const purgeEventData: TaskHandler<'purgeEventData'> = async ({ input, req: jobReq }) => {
  const { payload } = jobReq
  const event = (await payload.findByID({ collection: 'events', id: input.event, depth: 0, overrideAccess: true, disableErrors: true })) as Event | null
  if (!event) return { output: { skipped: 'gone' } }
  const due = Date.parse(event.endsAt) + retentionDays() * 24 * 3_600_000
  if (Date.now() < due) return { output: { skipped: 'not yet' } }
  const registrations = (await payload.find({ collection: 'registrations', where: { event: { equals: event.id } }, pagination: false, depth: 0, overrideAccess: true })).docs as Registration[]
  const figures = countRegistrations(registrations)
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const existing = await payload.find({ collection: 'event-figures', where: { event: { equals: event.id } }, limit: 1, depth: 0, overrideAccess: true, req })
    const data = { event: event.id, eventTitle: event.adminTitle || event.title, startsAt: event.startsAt, format: event.format, ...figures }
    if (existing.docs[0]) await payload.update({ collection: 'event-figures', id: existing.docs[0].id, data, overrideAccess: true, req })
    else await payload.create({ collection: 'event-figures', data, overrideAccess: true, req })
    await payload.delete({ collection: 'registrations', where: { event: { equals: event.id } }, overrideAccess: true, req })
    // Housekeeping, not an edit: no new calendar version, no new jobs (see the events' hooks).
    await payload.update({ collection: 'events', id: event.id, data: { personalDataPurgedAt: new Date().toISOString() }, overrideAccess: true, context: { housekeeping: true }, req })
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  return { output: { purged: registrations.length } }
}

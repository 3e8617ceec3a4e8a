import type { Payload } from 'payload'
import type { Event, Registration } from '../../../payload-types'
import type { AttendanceMode } from '../vocabulary'
import { promoteWaitlisted } from './promote-waitlisted'
import { capacityOf, whyClosed } from './registration-window'
import { withSeatLock } from './with-seat-lock'

export type ChangeModeOutcome = { outcome: 'confirmed' | 'waitlisted' | 'unchanged' | 'closed' | 'unknown' }

/**
 * Moves a hybrid event's participant to the other mode: a seat there if one is free, else the end
 * of that mode's waiting list. The seat they leave goes to the first person waiting for it.
 */
export async function changeMode(payload: Payload, registrationId: number, mode: AttendanceMode, now = new Date()): Promise<ChangeModeOutcome> {
  const first = (await payload.findByID({ collection: 'registrations', id: registrationId, depth: 0, overrideAccess: true, disableErrors: true })) as Registration | null
  if (!first) return { outcome: 'unknown' }
  const eventId = typeof first.event === 'number' ? first.event : first.event.id
  return withSeatLock(payload, eventId, async (req) => {
    const r = (await payload.findByID({ collection: 'registrations', id: registrationId, depth: 0, overrideAccess: true, disableErrors: true, req })) as Registration | null
    if (!r || r.status === 'cancelled') return { outcome: 'unknown' }
    if (r.mode === mode) return { outcome: 'unchanged' }
    const event = (await payload.findByID({ collection: 'events', id: eventId, depth: 0, overrideAccess: true, req })) as Event
    if (whyClosed(event, now, mode)) return { outcome: 'closed' }
    const { totalDocs: taken } = await payload.count({
      collection: 'registrations',
      where: { and: [{ event: { equals: eventId } }, { mode: { equals: mode } }, { status: { equals: 'confirmed' } }] },
      overrideAccess: true,
      req,
    })
    const status = taken < capacityOf(event, mode) ? 'confirmed' : 'waitlisted'
    await payload.update({ collection: 'registrations', id: r.id, data: { mode, status, queuedAt: now.toISOString() }, overrideAccess: true, req })
    await payload.jobs.queue({ task: 'mailParticipant', input: { registration: r.id, notice: status }, req })
    if (r.status === 'confirmed') await promoteWaitlisted(payload, req, event, r.mode)
    return { outcome: status }
  })
}

import type { Payload } from 'payload'
import type { Event, Registration } from '../../../payload-types'
import { promoteWaitlisted } from './promote-waitlisted'
import { withSeatLock } from './with-seat-lock'

export type CancelOutcome = { outcome: 'cancelled'; promoted: number[] } | { outcome: 'alreadyCancelled' } | { outcome: 'unknown' }

/**
 * Cancels a registration (by its holder's personal link, or an organiser). A seat it held goes at
 * once to the first person waiting in the same mode, in the same transaction and lock, so a seat
 * is never lost or given twice.
 */
export async function cancelRegistration(payload: Payload, registrationId: number, now = new Date()): Promise<CancelOutcome> {
  const first = (await payload.findByID({ collection: 'registrations', id: registrationId, depth: 0, overrideAccess: true, disableErrors: true })) as Registration | null
  if (!first) return { outcome: 'unknown' }
  const eventId = typeof first.event === 'number' ? first.event : first.event.id
  return withSeatLock(payload, eventId, async (req) => {
    const r = (await payload.findByID({ collection: 'registrations', id: registrationId, depth: 0, overrideAccess: true, disableErrors: true, req })) as Registration | null
    if (!r) return { outcome: 'unknown' }
    if (r.status === 'cancelled') return { outcome: 'alreadyCancelled' }
    await payload.update({ collection: 'registrations', id: r.id, data: { status: 'cancelled', cancelledAt: now.toISOString() }, overrideAccess: true, req })
    await payload.jobs.queue({ task: 'mailParticipant', input: { registration: r.id, notice: 'cancelled' }, req })
    const event = (await payload.findByID({ collection: 'events', id: eventId, depth: 0, overrideAccess: true, req })) as Event
    const promoted = r.status === 'confirmed' ? await promoteWaitlisted(payload, req, event, r.mode) : []
    return { outcome: 'cancelled', promoted }
  })
}

import type { Payload, PayloadRequest, Where } from 'payload'
import type { Event, Registration } from '../../../payload-types'
import type { AttendanceMode } from '../vocabulary'
import { capacityOf } from './registration-window'

/**
 * Inside an event's seat lock: gives free seats of one mode to the first people on its waiting
 * list (in the order they registered), and queues each a mail at once. Returns who moved up.
 */
export async function promoteWaitlisted(payload: Payload, req: PayloadRequest, event: Event, mode: AttendanceMode): Promise<number[]> {
  const base: Where[] = [{ event: { equals: event.id } }, { mode: { equals: mode } }]
  const { totalDocs: taken } = await payload.count({ collection: 'registrations', where: { and: [...base, { status: { equals: 'confirmed' } }] }, overrideAccess: true, req })
  const free = capacityOf(event, mode) - taken
  if (free <= 0) return []
  const next = await payload.find({
    collection: 'registrations',
    where: { and: [...base, { status: { equals: 'waitlisted' } }] },
    sort: ['queuedAt', 'id'],
    limit: free,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const promoted: number[] = []
  for (const r of next.docs as Registration[]) {
    await payload.update({ collection: 'registrations', id: r.id, data: { status: 'confirmed' }, overrideAccess: true, req })
    await payload.jobs.queue({ task: 'mailParticipant', input: { registration: r.id, notice: 'promoted' }, req })
    promoted.push(r.id)
  }
  return promoted
}

import type { Payload } from 'payload'
import type { Event } from '../../../payload-types'
import { modesOf, type AttendanceMode } from '../vocabulary'
import { capacityOf } from './registration-window'

export type SeatsOfMode = { mode: AttendanceMode; capacity: number; confirmed: number; left: number; waiting: number }

/** Places and waiting lists of each mode an event offers (counts only; nobody's data). */
export async function seatsLeft(payload: Payload, event: Pick<Event, 'id' | 'format' | 'registration'>): Promise<SeatsOfMode[]> {
  const count = async (mode: AttendanceMode, status: 'confirmed' | 'waitlisted') =>
    (
      await payload.count({
        collection: 'registrations',
        where: { and: [{ event: { equals: event.id } }, { mode: { equals: mode } }, { status: { equals: status } }] },
        overrideAccess: true,
      })
    ).totalDocs
  return Promise.all(
    modesOf(event.format).map(async (mode) => {
      const capacity = capacityOf(event, mode)
      const [confirmed, waiting] = await Promise.all([count(mode, 'confirmed'), count(mode, 'waitlisted')])
      return { mode, capacity, confirmed, left: Math.max(0, capacity - confirmed), waiting }
    }),
  )
}

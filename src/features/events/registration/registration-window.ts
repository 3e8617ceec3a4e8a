import type { Event } from '../../../payload-types'

export type ClosedReason = 'notOwn' | 'cancelled' | 'past' | 'deadline' | 'closed' | 'noMode'

type EventForWindow = Pick<Event, 'kind' | 'eventStatus' | 'startsAt' | 'registration' | 'format'>

/**
 * Why one cannot register for an event now, or undefined when one can. A full event still takes
 * registrations: they go on the waiting list.
 */
export function whyClosed(event: EventForWindow, now: Date, mode?: string): ClosedReason | undefined {
  if (event.kind !== 'own') return 'notOwn'
  if (event.eventStatus === 'cancelled' || event.eventStatus === 'postponed') return 'cancelled'
  if (Date.parse(event.startsAt) <= now.getTime()) return 'past'
  const deadline = event.registration?.deadline
  if (deadline && Date.parse(deadline) <= now.getTime()) return 'deadline'
  if (event.registration?.closed) return 'closed'
  if (mode !== undefined && !(event.format === 'hybrid' ? ['inPerson', 'online'] : [event.format]).includes(mode)) return 'noMode'
  return undefined
}

/** The number of places for one mode (none given: no places, everyone waits). */
export function capacityOf(event: Pick<Event, 'registration'>, mode: 'inPerson' | 'online'): number {
  const n = mode === 'inPerson' ? event.registration?.capacityInPerson : event.registration?.capacityOnline
  return typeof n === 'number' && n > 0 ? n : 0
}

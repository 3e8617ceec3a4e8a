import type { Payload } from 'payload'
import type { Event } from '../../src/payload-types'
import type { Registrant } from '../../src/features/events/registration/register-participant'

const hour = 3_600_000

/**
 * A published event of ours, starting in `startsInHours` (default a week), hybrid with the given
 * capacities. `seeding` keeps its reminder and purge jobs out of the queue unless a test wants them.
 */
export async function createOwnEvent(payload: Payload, overrides: Partial<Event> & { slug: string }, opts: { queueJobs?: boolean; startsInHours?: number } = {}): Promise<Event> {
  const start = Date.now() + (opts.startsInHours ?? 24 * 7) * hour
  return (await payload.create({
    collection: 'events',
    locale: 'en',
    data: {
      title: `Event ${overrides.slug}`,
      kind: 'own',
      format: 'hybrid',
      eventStatus: 'scheduled',
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 3 * hour).toISOString(),
      timeZone: 'Europe/Stockholm',
      venue: { name: 'Folkets hus', city: 'Stockholm', country: 'SE' },
      joinUrl: 'https://meet.example.org/secret-room-42',
      registration: { capacityInPerson: 100, capacityOnline: 400, closed: false },
      _status: 'published',
      ...overrides,
    } as never,
    overrideAccess: true,
    context: opts.queueJobs ? {} : { seeding: true },
  })) as Event
}

/** A registrant whose address is made from `n` (so each is a different person). */
export function registrant(n: number | string, overrides: Partial<Registrant> = {}): Registrant {
  return {
    name: `Participant ${n}`,
    email: `person${n}@example.org`,
    organisation: 'Malmö stad',
    country: 'SE',
    sector: 'municipality',
    mode: 'inPerson',
    needs: '',
    listConsent: false,
    newsletterOptIn: false,
    locale: 'sv',
    ...overrides,
  }
}

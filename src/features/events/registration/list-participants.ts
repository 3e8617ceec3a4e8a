import type { Payload } from 'payload'
import type { Registration } from '../../../payload-types'

export type ListedParticipant = { name: string; organisation: string }

/**
 * The published participant list of an event: confirmed participants who agreed to be on it, with
 * their name and organisation only (never address, country, sector or needs). Reads past access
 * control because registrations are private; only the consenting part leaves this function.
 */
export async function listParticipants(payload: Payload, eventId: number): Promise<ListedParticipant[]> {
  const found = await payload.find({
    collection: 'registrations',
    where: { and: [{ event: { equals: eventId } }, { status: { equals: 'confirmed' } }, { listConsent: { equals: true } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { name: true, organisation: true },
  })
  return (found.docs as Pick<Registration, 'name' | 'organisation'>[]).map((r) => ({ name: r.name, organisation: r.organisation ?? '' }))
}

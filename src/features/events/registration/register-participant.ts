import type { Payload, PayloadRequest } from 'payload'
import type { Event, Registration } from '../../../payload-types'
import type { Locale } from '../../../i18n/locales'
import { newPrivateToken } from '../../workflow/private-link'
import type { AttendanceMode, Sector } from '../vocabulary'
import { emailKey } from '../../../domain/email-key'
import { capacityOf, whyClosed, type ClosedReason } from './registration-window'
import { withSeatLock } from './with-seat-lock'

export type Registrant = {
  name: string
  email: string
  organisation: string
  country: Registration['country']
  sector: Sector | null
  mode: AttendanceMode
  needs: string
  listConsent: boolean
  newsletterOptIn: boolean
  locale: Locale
}

/**
 * `already`: the address had a registration for this event, which is kept as it was (its owner is
 * mailed their personal link again). The form shows the same answer for all three, so it never
 * tells a visitor whether someone else's address is registered; the mail says which it is.
 */
export type RegisterOutcome = { outcome: 'confirmed' | 'waitlisted' | 'already'; registration: number } | { outcome: 'closed'; reason: ClosedReason }

async function confirmedIn(payload: Payload, req: PayloadRequest, event: number, mode: AttendanceMode): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: 'registrations',
    where: { and: [{ event: { equals: event } }, { mode: { equals: mode } }, { status: { equals: 'confirmed' } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs
}

/**
 * Registers someone for one of our events: a seat in their mode while there is one, else that
 * mode's waiting list. Seats are decided under the event's lock (withSeatLock), so concurrent
 * registrations on any number of instances never give more seats than there are. The mail is
 * queued in the same transaction as the registration.
 */
export async function registerParticipant(payload: Payload, eventId: number, who: Registrant, now = new Date()): Promise<RegisterOutcome> {
  return withSeatLock(payload, eventId, async (req) => {
    // Read inside the lock: an organiser closing registration is seen by the next registrant.
    const event = (await payload.findByID({ collection: 'events', id: eventId, depth: 0, overrideAccess: true, disableErrors: true, req })) as Event | null
    const reason = !event || event._status !== 'published' ? 'notOwn' : whyClosed(event, now, who.mode)
    if (reason || !event) return { outcome: 'closed', reason: reason ?? 'notOwn' }
    const key = emailKey(who.email)
    const existing = (
      await payload.find({ collection: 'registrations', where: { and: [{ event: { equals: eventId } }, { emailKey: { equals: key } }] }, limit: 1, depth: 0, overrideAccess: true, req })
    ).docs[0] as Registration | undefined
    if (existing && existing.status !== 'cancelled') {
      await payload.jobs.queue({ task: 'mailParticipant', input: { registration: existing.id, notice: 'already' }, req })
      return { outcome: 'already', registration: existing.id }
    }
    const status = (await confirmedIn(payload, req, eventId, who.mode)) < capacityOf(event, who.mode) ? 'confirmed' : 'waitlisted'
    const { hash, token } = newPrivateToken()
    const data = {
      event: eventId,
      name: who.name,
      email: who.email.trim(),
      emailKey: key,
      organisation: who.organisation,
      country: who.country,
      sector: who.sector,
      mode: who.mode,
      status,
      needs: who.needs,
      listConsent: who.listConsent,
      newsletterOptIn: who.newsletterOptIn,
      locale: who.locale,
      attended: false,
      tokenHash: hash,
      tokenSealed: payload.encrypt(token),
      cancelledAt: null,
      queuedAt: now.toISOString(),
    } as const
    // Someone who cancelled and comes back gets their old record again, with a new place in line.
    const saved = existing
      ? await payload.update({ collection: 'registrations', id: existing.id, data, overrideAccess: true, req })
      : await payload.create({ collection: 'registrations', data, overrideAccess: true, req })
    await payload.jobs.queue({ task: 'mailParticipant', input: { registration: saved.id, notice: status }, req })
    return { outcome: status, registration: saved.id }
  })
}

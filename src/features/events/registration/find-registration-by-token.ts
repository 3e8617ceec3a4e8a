import type { Payload } from 'payload'
import type { Registration } from '../../../payload-types'
import { hashToken } from '../../workflow/private-link'
import type { EventAllLocales } from '../mail/participant-mail-facts'

export type OwnRegistration = { registration: Registration; event: EventAllLocales; waitingPosition: number | undefined }

const tokenPattern = /^[A-Za-z0-9_-]{20,64}$/

/**
 * A registration by its holder's private link: the token is the permission, so this reads past
 * access control, and only by the token's hash. With the event (every language) and, for someone
 * waiting, their place in that mode's line.
 */
export async function findRegistrationByToken(payload: Payload, token: string): Promise<OwnRegistration | undefined> {
  if (!tokenPattern.test(token)) return undefined
  const registration = (await payload.find({ collection: 'registrations', where: { tokenHash: { equals: hashToken(token) } }, limit: 1, depth: 0, overrideAccess: true })).docs[0] as
    | Registration
    | undefined
  if (!registration) return undefined
  const eventId = typeof registration.event === 'number' ? registration.event : registration.event.id
  const event = (await payload.findByID({ collection: 'events', id: eventId, depth: 0, locale: 'all', overrideAccess: true, disableErrors: true })) as EventAllLocales | null
  if (!event) return undefined
  let waitingPosition: number | undefined
  if (registration.status === 'waitlisted') {
    const ahead = await payload.count({
      collection: 'registrations',
      where: {
        and: [
          { event: { equals: eventId } },
          { mode: { equals: registration.mode } },
          { status: { equals: 'waitlisted' } },
          { queuedAt: { less_than: registration.queuedAt } },
        ],
      },
      overrideAccess: true,
    })
    waitingPosition = ahead.totalDocs + 1
  }
  return { registration, event, waitingPosition }
}

import type { Payload } from 'payload'
import { registerParticipant } from '../features/events/registration/register-participant'
import type { AttendanceMode, Sector } from '../features/events/vocabulary'
import type { Locale } from '../i18n/locales'
import { events } from './data/events'
import type { CountryCode } from './data/types'
import { createEvent, type EventRefs } from './factories/create-event'

const people: [string, CountryCode, Sector, Locale][] = [
  ['Anna Berg', 'SE', 'municipality', 'sv'],
  ['Mikko Laine', 'FI', 'ngo', 'fi'],
  ['Kari Nordmann', 'NO', 'stateAuthority', 'nb'],
  ['Sofie Jensen', 'DK', 'municipality', 'da'],
  ['Jón Sigurðsson', 'IS', 'ministry', 'is'],
  ['Amira Haddad', 'SE', 'ngo', 'sv'],
  ['Elina Nieminen', 'FI', 'research', 'fi'],
  ['Ola Hansen', 'NO', 'municipality', 'nb'],
  ['Rasmus Poulsen', 'DK', 'research', 'da'],
  ['Hanna Eriksson', 'AX', 'municipality', 'sv'],
  ['Sámal Joensen', 'FO', 'municipality', 'da'],
  ['Aviaja Lynge', 'GL', 'stateAuthority', 'da'],
  ['Yusuf Ali', 'NO', 'ngo', 'en'],
  ['Linnea Svensson', 'SE', 'stateAuthority', 'sv'],
  ['Guðrún Helgadóttir', 'IS', 'ngo', 'is'],
]

/**
 * The demo calendar, dated around `seedDate`, and a few registrations for some of our upcoming
 * events, made with the real registration function so seats and waiting lists are counted as in use.
 */
export async function seedEvents(payload: Payload, refs: EventRefs, seedDate: Date, log: (msg: string) => void = () => {}): Promise<void> {
  let registrations = 0
  for (const seed of events) {
    const id = await createEvent(payload, seed, refs, seedDate)
    for (const mode of ['inPerson', 'online'] as AttendanceMode[]) {
      const count = seed.registrants?.[mode] ?? 0
      for (let i = 0; i < count; i++) {
        const [name, country, sector, locale] = people[i % people.length]
        const n = Math.floor(i / people.length)
        await registerParticipant(
          payload,
          id,
          {
            name: n ? `${name} ${n + 1}` : name,
            email: `${name.toLowerCase().normalize('NFD').replace(/[^a-z]+/g, '.')}${n || ''}.${mode}@participants.example`,
            organisation: '',
            country,
            sector,
            mode,
            needs: '',
            listConsent: i % 3 === 0,
            newsletterOptIn: false,
            locale,
          },
          seedDate,
        )
        registrations++
      }
    }
  }
  // The demo's participants are made up: their confirmation mails are not sent.
  await payload.delete({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: 'mailParticipant' } }, { completedAt: { exists: false } }] }, overrideAccess: true })
  log(`seed: ${events.length} events and ${registrations} registrations`)
}

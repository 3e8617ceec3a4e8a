import { translate } from '../../../i18n/translate'
import type { Locale } from '../../../i18n/locales'

export type EventFacts = {
  kind: string
  format: string
  startsAt: string
  endsAt: string
  externalUrl: string
  capacityInPerson: number | null
  capacityOnline: number | null
}

export type EventRefusal = { path: string; message: string }

/**
 * What an event needs to be saved: an end after its start, a link for someone else's event, and a
 * capacity for each way of taking part in our own. In the editor's admin language.
 */
export function checkEvent(e: EventFacts, locale: Locale): EventRefusal[] {
  const refusals: EventRefusal[] = []
  const starts = Date.parse(e.startsAt)
  const ends = Date.parse(e.endsAt)
  if (Number.isFinite(starts) && Number.isFinite(ends) && ends < starts) refusals.push({ path: 'endsAt', message: translate(locale, 'eventAdmin.endBeforeStart') })
  if (e.kind === 'external' && e.externalUrl.trim() === '') refusals.push({ path: 'externalUrl', message: translate(locale, 'eventAdmin.externalNeedsUrl') })
  if (e.kind === 'own') {
    if (e.format !== 'online' && e.capacityInPerson === null) refusals.push({ path: 'registration.capacityInPerson', message: translate(locale, 'eventAdmin.needsCapacity') })
    if (e.format !== 'inPerson' && e.capacityOnline === null) refusals.push({ path: 'registration.capacityOnline', message: translate(locale, 'eventAdmin.needsCapacity') })
  }
  return refusals
}

import type { Locale } from '../../../i18n/locales'
import type { ConsentAction, SubscribeSource } from '../vocabulary'

export type ConsentEntry = {
  action: ConsentAction
  at: string
  source?: SubscribeSource | null
  wording?: string | null
  locale?: Locale | null
  detail?: string | null
}

/** One line of a subscriber's consent record (GDPR art. 7(1)); records are appended, never edited. */
export function consentEntry(action: ConsentAction, at: Date, facts: Omit<ConsentEntry, 'action' | 'at'> = {}): ConsentEntry {
  return { action, at: at.toISOString(), ...facts }
}

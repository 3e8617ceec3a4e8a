import type { Subscriber } from '../../../payload-types'
import type { ConsentEntry } from './consent-entry'

/** The subscriber's consent record with one more entry (the stored rows keep their ids). */
export function withConsent(subscriber: Pick<Subscriber, 'consents'> | undefined, entry: ConsentEntry): NonNullable<Subscriber['consents']> {
  return [...(subscriber?.consents ?? []), entry]
}

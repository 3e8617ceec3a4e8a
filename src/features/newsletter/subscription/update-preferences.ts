import type { Payload } from 'payload'
import type { Locale } from '../../../i18n/locales'
import type { Subscriber } from '../../../payload-types'
import { consentEntry } from './consent-entry'
import { withConsent } from './with-consent'

export type PreferenceChange = { locale: Locale; themes: number[] } | { paused: boolean }

/**
 * The subscriber's own changes from their preference page: language and themes, or a pause.
 * Only a live subscription (confirmed or paused) can be changed; each change is in the record.
 */
export async function updatePreferences(payload: Payload, subscriber: Subscriber, change: PreferenceChange, now = new Date()): Promise<boolean> {
  if (subscriber.status !== 'confirmed' && subscriber.status !== 'paused') return false
  if ('paused' in change) {
    const status = change.paused ? 'paused' : 'confirmed'
    if (status === subscriber.status) return true
    await payload.update({
      collection: 'subscribers',
      id: subscriber.id,
      data: { status, consents: withConsent(subscriber, consentEntry(change.paused ? 'paused' : 'resumed', now, { source: 'preferences' })) },
      overrideAccess: true,
      depth: 0,
    })
    return true
  }
  await payload.update({
    collection: 'subscribers',
    id: subscriber.id,
    data: {
      locale: change.locale,
      themes: change.themes,
      consents: withConsent(subscriber, consentEntry('changed', now, { source: 'preferences', locale: change.locale, detail: `themes: ${change.themes.join(',') || '-'}` })),
    },
    overrideAccess: true,
    depth: 0,
  })
  return true
}

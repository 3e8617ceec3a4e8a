import type { MessageKey } from '../../../i18n/messages/en'

/**
 * The consent texts shown next to the subscribe button, by version. A subscriber's consent record
 * names the version they saw; changing the text means adding a version (and a message key), never
 * editing one, so the record keeps saying what each person agreed to.
 */
export const consentWordings = {
  '2026-12': 'newsletter.consent',
} as const satisfies Record<string, MessageKey>

export type ConsentWording = keyof typeof consentWordings

export const currentConsentWording: ConsentWording = '2026-12'

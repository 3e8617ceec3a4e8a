import type { Locale } from '../../i18n/locales'

/**
 * The subscriber's personal pages. The token in the address is the permission (like the event
 * participants' links); it is the subscriber's `tokenHash` preimage, sealed in `tokenSealed`.
 */
export const preferencesPath = (locale: Locale, token: string) => `/${locale}/newsletter/preferences/${token}`

/** RFC 8058 one-click target: a POST unsubscribes at once, a GET shows a confirmation page. */
export const unsubscribePath = (locale: Locale, token: string) => `/${locale}/newsletter/unsubscribe/${token}`

/** The double opt-in link (its own token, valid 7 days). */
export const confirmPath = (locale: Locale, token: string) => `/${locale}/newsletter/confirm/${token}`

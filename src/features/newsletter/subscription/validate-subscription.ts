import { locales, type Locale } from '../../../i18n/locales'
import type { FieldError } from '../../../web/forms/field-error'
import { FormReader } from '../../../web/forms/form-reader'

export type SubscriptionForm = { email: string; locale: Locale; themeSlugs: string[] }

/** Checks a posted sign-up (or preference change without `email`), in the order of the form. */
export function validateSubscription(body: unknown, themeSlugs: readonly string[], opts: { email: boolean }): { form?: SubscriptionForm; errors: FieldError[] } {
  const f = new FormReader(body)
  const email = opts.email ? f.email('email', 'newsletter.email', { required: true }) : ''
  const locale = f.choice('language', 'newsletter.language', locales, { required: true })
  const chosen = f.choices('themes', 'newsletter.themes', themeSlugs)
  if (f.errors.length || !locale) return { errors: f.errors }
  return { form: { email, locale, themeSlugs: chosen }, errors: [] }
}

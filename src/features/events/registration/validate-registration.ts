import { countryCodes } from '../../../fields/countries'
import type { Locale } from '../../../i18n/locales'
import type { FieldError } from '../../../web/forms/field-error'
import { FormReader } from '../../../web/forms/form-reader'
import { sectors, type AttendanceMode } from '../vocabulary'
import type { Registrant } from './register-participant'

/** Lengths follow the registrations collection. */
export const registrationLimits = { name: 200, organisation: 200, needs: 1000 } as const

export const registrantCountries = [...countryCodes, 'other'] as const

/**
 * Checks a posted registration, in the order of the form. `modes` are the ways the event offers
 * to take part; with only one there is nothing to choose.
 */
export function validateRegistration(body: unknown, modes: readonly AttendanceMode[], locale: Locale): { registrant?: Registrant; errors: FieldError[] } {
  const f = new FormReader(body)
  const name = f.text('name', 'register.name', { required: true, max: registrationLimits.name })
  const email = f.email('email', 'register.email', { required: true })
  const organisation = f.text('organisation', 'register.organisation', { max: registrationLimits.organisation })
  const country = f.choice('country', 'register.country', registrantCountries, { required: true })
  const sector = f.choice('sector', 'register.sector', sectors, { required: true })
  const mode = modes.length === 1 ? modes[0] : f.choice('mode', 'register.mode', modes, { required: true })
  const needs = f.text('needs', 'register.needs', { max: registrationLimits.needs, multiline: true })
  const listConsent = f.checked('listConsent')
  const newsletterOptIn = f.checked('newsletter')
  if (f.errors.length || !country || !sector || !mode) return { errors: f.errors }
  return { registrant: { name, email, organisation, country, sector, mode, needs, listConsent, newsletterOptIn, locale }, errors: [] }
}

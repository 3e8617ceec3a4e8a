import { adminOptions } from '../i18n/admin/admin-options'
import type { Field } from 'payload'

export const countryOptions = [
  { value: 'DK', label: 'Denmark' },
  { value: 'FI', label: 'Finland' },
  { value: 'IS', label: 'Iceland' },
  { value: 'NO', label: 'Norway' },
  { value: 'SE', label: 'Sweden' },
  { value: 'AX', label: 'Åland' },
  { value: 'FO', label: 'Faroe Islands' },
  { value: 'GL', label: 'Greenland' },
] as const

export type CountryCode = (typeof countryOptions)[number]['value']

/** The codes alone, in the same order (seed data, URL validation, select options). */
export const countryCodes: readonly CountryCode[] = countryOptions.map((o) => o.value)

export const countriesField: Field = {
  name: 'countries',
  type: 'select',
  hasMany: true,
  options: adminOptions('country', countryCodes),
  admin: { position: 'sidebar' },
}

import { describe, expect, it } from 'vitest'
import { organisationTypeFor } from './organisation-type-for'

describe('organisationTypeFor', () => {
  it('keeps a type of actor the directory also has', () => {
    expect(organisationTypeFor('municipality')).toBe('municipality')
    expect(organisationTypeFor('research-institution')).toBe('research-institution')
  })
  it('falls back to ngo for actors the directory has no type for, or none', () => {
    expect(organisationTypeFor('private-company')).toBe('ngo')
    expect(organisationTypeFor(undefined)).toBe('ngo')
  })
})

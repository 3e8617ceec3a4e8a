import { describe, expect, it } from 'vitest'
import { validateRegistration } from './validate-registration'

const good = { name: 'Aino Virtanen', email: 'aino@example.fi', organisation: 'Tampereen kaupunki', country: 'FI', sector: 'municipality', mode: 'online' }

describe('validateRegistration', () => {
  it('accepts a complete registration for a hybrid event and keeps the chosen mode', () => {
    const { registrant, errors } = validateRegistration(good, ['inPerson', 'online'], 'fi')
    expect(errors).toEqual([])
    expect(registrant).toMatchObject({ name: 'Aino Virtanen', mode: 'online', listConsent: false, newsletterOptIn: false, locale: 'fi' })
  })
  it('takes the only mode of a one-mode event without asking', () => {
    const { registrant } = validateRegistration({ ...good, mode: undefined }, ['inPerson'], 'sv')
    expect(registrant?.mode).toBe('inPerson')
  })
  it('refuses a mode the event does not offer, a malformed address and too-long fields, each on its field', () => {
    const { registrant, errors } = validateRegistration({ ...good, mode: 'online', email: 'not-an-address', name: 'x'.repeat(201), needs: 'y'.repeat(1001) }, ['inPerson'], 'en')
    expect(registrant).toBeUndefined()
    expect(errors.map((e) => e.field).sort()).toEqual(['email', 'name', 'needs'])
    const hybrid = validateRegistration({ ...good, mode: 'balcony' }, ['inPerson', 'online'], 'en')
    expect(hybrid.errors.map((e) => [e.field, e.key])).toEqual([['mode', 'form.error.choice']])
  })
  it('requires name, e-mail, country and sector', () => {
    const { errors } = validateRegistration({}, ['online'], 'en')
    expect(errors.map((e) => e.field)).toEqual(['name', 'email', 'country', 'sector'])
  })
})

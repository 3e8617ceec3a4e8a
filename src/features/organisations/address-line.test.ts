import { describe, expect, it } from 'vitest'
import { addressLine } from './list-organisations'

describe('addressLine', () => {
  it('joins street, postal code and city as one line', () => {
    expect(addressLine({ street: 'Torvet 1', postalCode: '7100', city: 'Vejle' })).toBe('Torvet 1, 7100 Vejle')
  })
  it('leaves out missing parts, and is undefined without any', () => {
    expect(addressLine({ city: 'Vejle' })).toBe('Vejle')
    expect(addressLine({ street: null, postalCode: '', city: null })).toBeUndefined()
    expect(addressLine(undefined)).toBeUndefined()
  })
})

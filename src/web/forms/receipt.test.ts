import { describe, expect, it } from 'vitest'
import { openReceipt, sealReceipt } from './receipt'

const secret = 'test-secret-0123456789'
const receipt = { reference: 'IB-2026-0042', email: 'anna@example.org' }

describe('receipts', () => {
  it('opens what it sealed, without showing the e-mail address', () => {
    const sealed = sealReceipt(secret, receipt, 1_000_000)
    expect(sealed).not.toContain('anna')
    expect(openReceipt(secret, sealed, 1_000_000 + 60_000)).toEqual(receipt)
  })
  it('refuses altered, foreign, malformed and expired receipts', () => {
    const sealed = sealReceipt(secret, receipt, 1_000_000)
    const flipped = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BB' : 'AA')
    expect(openReceipt(secret, flipped, 1_000_000)).toBeUndefined()
    expect(openReceipt('another-secret-123456', sealed, 1_000_000)).toBeUndefined()
    expect(openReceipt(secret, 'not base64!', 1_000_000)).toBeUndefined()
    expect(openReceipt(secret, undefined, 1_000_000)).toBeUndefined()
    expect(openReceipt(secret, sealed, 1_000_000 + 2 * 60 * 60 * 1000)).toBeUndefined()
  })
})

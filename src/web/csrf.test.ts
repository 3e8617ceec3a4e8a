import { describe, expect, it } from 'vitest'
import { issueCsrfToken, verifyCsrfToken } from './csrf'

const secret = 'test-secret-0123456789'

describe('CSRF tokens', () => {
  it('accepts a fresh token that matches its cookie', () => {
    const token = issueCsrfToken(secret, 1_000_000)
    expect(verifyCsrfToken(secret, token, token, 1_000_000 + 60_000)).toBe(true)
  })
  it('rejects a missing, mismatched, forged or expired token', () => {
    const token = issueCsrfToken(secret, 1_000_000)
    expect(verifyCsrfToken(secret, undefined, token, 1_000_000)).toBe(false)
    expect(verifyCsrfToken(secret, token, issueCsrfToken(secret, 1_000_000), 1_000_000)).toBe(false)
    expect(verifyCsrfToken('another-secret-123456', token, token, 1_000_000)).toBe(false)
    const forged = token.replace(/\.[^.]+$/, '.AAAA')
    expect(verifyCsrfToken(secret, forged, forged, 1_000_000)).toBe(false)
    expect(verifyCsrfToken(secret, token, token, 1_000_000 + 3 * 60 * 60 * 1000)).toBe(false)
    expect(verifyCsrfToken(secret, 'a.b', 'a.b', 1_000_000)).toBe(false)
  })
  it('rejects a token issued in the future', () => {
    const token = issueCsrfToken(secret, 2_000_000)
    expect(verifyCsrfToken(secret, token, token, 1_000_000)).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { issueCsrfToken, verifyCsrfCookie, verifyCsrfToken } from './csrf'

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

describe('the CSRF cookie on its own (checked before the body is read)', () => {
  it('holds when signed and fresh, fails when absent, forged, expired or from the future', () => {
    const token = issueCsrfToken(secret, 1_000_000)
    expect(verifyCsrfCookie(secret, token, 1_000_000 + 1000)).toBe(true)
    expect(verifyCsrfCookie(secret, undefined, 1_000_000)).toBe(false)
    expect(verifyCsrfCookie(secret, token.replace(/\.[^.]+$/, '.AAAA'), 1_000_000)).toBe(false)
    expect(verifyCsrfCookie(secret, token, 1_000_000 + 3 * 60 * 60 * 1000)).toBe(false)
    expect(verifyCsrfCookie(secret, token, 999_000)).toBe(false)
  })
})

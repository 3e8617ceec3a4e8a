import { describe, expect, it } from 'vitest'
import { rateLimitKey, verdictOf } from './rate-limit'

describe('rateLimitKey', () => {
  it('keeps no address in clear, and maps one address and form to one key', () => {
    const key = rateLimitKey('secret-of-the-site', 'propose', '203.0.113.9')
    expect(key).toMatch(/^propose:[\w-]{43}$/)
    expect(key).not.toContain('203.0.113.9')
    expect(rateLimitKey('secret-of-the-site', 'propose', '203.0.113.9')).toBe(key)
    expect(rateLimitKey('secret-of-the-site', 'propose', '203.0.113.10')).not.toBe(key)
    expect(rateLimitKey('another-secret-xx', 'propose', '203.0.113.9')).not.toBe(key)
  })
})

describe('verdictOf', () => {
  it('allows up to the limit and tells when the window ends', () => {
    expect(verdictOf(3, 60_000, 3, 10_000)).toEqual({ allowed: true, retryAfterSeconds: 0 })
    expect(verdictOf(4, 60_000, 3, 10_000)).toEqual({ allowed: false, retryAfterSeconds: 50 })
    expect(verdictOf(4, 60_000, 3, 59_999)).toEqual({ allowed: false, retryAfterSeconds: 1 })
  })
})

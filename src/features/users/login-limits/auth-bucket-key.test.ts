import { describe, expect, it } from 'vitest'
import { authBucketKey, normalizedEmail } from './auth-bucket-key'
import { loginsPerAccount, loginsPerAccountAndAddress, loginsPerAddress } from './auth-limits'

const secret = 'test-secret'

describe('authBucketKey', () => {
  const attempt = { address: '198.51.100.7', email: 'admin@example.org' }

  it('keeps neither the address nor the e-mail address in clear', () => {
    for (const limit of [loginsPerAddress, loginsPerAccount, loginsPerAccountAndAddress]) {
      const key = authBucketKey(secret, limit, attempt)!
      expect(key.startsWith(`${limit.name}:`)).toBe(true)
      expect(key).not.toContain('198.51.100')
      expect(key).not.toContain('admin')
    }
  })

  it('gives each account and address its own bucket, and starts an account+address key with the account part', () => {
    const pair = authBucketKey(secret, loginsPerAccountAndAddress, attempt)!
    const otherAddress = authBucketKey(secret, loginsPerAccountAndAddress, { ...attempt, address: '198.51.100.8' })!
    const account = authBucketKey(secret, { ...loginsPerAccountAndAddress, scope: 'account' }, attempt)!
    expect(pair).not.toBe(otherAddress)
    expect(pair.startsWith(`${account}:`)).toBe(true)
    expect(otherAddress.startsWith(`${account}:`)).toBe(true)
    expect(authBucketKey(secret, loginsPerAccount, attempt)).toBe(authBucketKey(secret, loginsPerAccount, { ...attempt, address: 'x' }))
  })

  it('has no account bucket without an e-mail address', () => {
    expect(authBucketKey(secret, loginsPerAccount, { address: '198.51.100.7', email: undefined })).toBeUndefined()
    expect(authBucketKey(secret, loginsPerAddress, { address: '198.51.100.7', email: undefined })).toBeDefined()
  })
})

describe('normalizedEmail', () => {
  it('matches Payload: lower-cased and trimmed, so "Admin@X " and "admin@x" share buckets', () => {
    expect(normalizedEmail('  Admin@Example.ORG ')).toBe('admin@example.org')
    expect(normalizedEmail('')).toBeUndefined()
    expect(normalizedEmail(['a@b'])).toBeUndefined()
  })
})

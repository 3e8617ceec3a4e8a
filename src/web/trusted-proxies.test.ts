import { describe, expect, it } from 'vitest'
import { compileProxyTrust } from './trusted-proxies'

describe('compileProxyTrust', () => {
  it('trusts nobody when no proxy is listed', () => {
    const trust = compileProxyTrust([])
    expect(trust('127.0.0.1')).toBe(false)
    expect(trust('10.0.0.1')).toBe(false)
  })
  it('trusts listed addresses and CIDR ranges, also as IPv4-mapped IPv6, and nothing else', () => {
    const trust = compileProxyTrust(['10.1.0.0/16', '192.0.2.7', 'fd00::/8'])
    expect(trust('10.1.200.3')).toBe(true)
    expect(trust('::ffff:10.1.0.9')).toBe(true)
    expect(trust('192.0.2.7')).toBe(true)
    expect(trust('fd12::1')).toBe(true)
    expect(trust('10.2.0.1')).toBe(false)
    expect(trust('192.0.2.8')).toBe(false)
    expect(trust('2001:db8::1')).toBe(false)
    expect(trust('not-an-address')).toBe(false)
  })
})

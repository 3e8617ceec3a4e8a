import { describe, expect, it } from 'vitest'
import { networkOf } from './network-of'

describe('networkOf', () => {
  it('keeps an IPv4 address, and anything that is no address, as it is', () => {
    expect(networkOf('192.0.2.7')).toBe('192.0.2.7')
    expect(networkOf('unknown')).toBe('unknown')
  })

  it('counts every address of one IPv6 /64 as one client', () => {
    const net = networkOf('2001:db8:1:2::1')
    expect(net).toBe('2001:db8:1:2::/64')
    for (const a of ['2001:db8:1:2:ffff:ffff:ffff:ffff', '2001:0DB8:0001:0002:0:0:0:9', '2001:db8:1:2::1%eth0']) expect(networkOf(a)).toBe(net)
    expect(networkOf('2001:db8:1:3::1')).not.toBe(net)
  })

  it('expands :: wherever it stands', () => {
    expect(networkOf('::1')).toBe('0:0:0:0::/64')
    expect(networkOf('2001:db8::')).toBe('2001:db8:0:0::/64')
    expect(networkOf('fe80::1:2:3:4')).toBe('fe80:0:0:0::/64')
    expect(networkOf('1:2:3::4:5:6:7')).toBe('1:2:3:0::/64')
  })

  it('treats an IPv4-mapped IPv6 address as the IPv4 address', () => {
    expect(networkOf('::ffff:192.0.2.7')).toBe('192.0.2.7')
    expect(networkOf('::ffff:c000:0207')).toBe('192.0.2.7')
  })
})

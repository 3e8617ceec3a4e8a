import { describe, expect, it } from 'vitest'
import { inboundAddressKind } from './inbound-address-kind'

describe('inboundAddressKind', () => {
  it('knows the return paths and the unsubscribe mailto on the bounce domain', () => {
    expect(inboundAddressKind('bounces+42-abcdef0123@bounce.example.org', 'bounce.example.org')).toBe('bounces')
    expect(inboundAddressKind('bounces@Bounce.Example.org', 'bounce.example.org')).toBe('bounces')
    expect(inboundAddressKind('unsubscribe+AbCdEfGhIjKlMnOpQrStUvWx_-12@bounce.example.org', 'bounce.example.org')).toBe('unsubscribe')
  })
  it('refuses other addresses and other domains', () => {
    expect(inboundAddressKind('postmaster@bounce.example.org', 'bounce.example.org')).toBeUndefined()
    expect(inboundAddressKind('bounces+42-abc@example.org', 'bounce.example.org')).toBeUndefined()
    expect(inboundAddressKind('bounces+x@bounce.example.org', 'bounce.example.org')).toBeUndefined()
    expect(inboundAddressKind('unsubscribe+short@bounce.example.org', 'bounce.example.org')).toBeUndefined()
    expect(inboundAddressKind('bounces@bounce.example.org.evil.test', 'bounce.example.org')).toBeUndefined()
  })
})

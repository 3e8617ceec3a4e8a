import { describe, expect, it } from 'vitest'
import { bounceKindOf } from './bounce-kind-of'

describe('bounceKindOf', () => {
  it('reads a permanent failure as hard and a transient one or a delay as soft', () => {
    expect(bounceKindOf('failed', '5.1.1')).toBe('hard')
    expect(bounceKindOf('Failed', '5.7.1 (blocked)')).toBe('hard')
    expect(bounceKindOf('failed', undefined)).toBe('hard')
    expect(bounceKindOf('failed', '4.2.2')).toBe('soft')
    expect(bounceKindOf('delayed', '4.4.1')).toBe('soft')
    expect(bounceKindOf('delayed', undefined)).toBe('soft')
  })
  it('is no bounce for delivered, relayed or expanded reports', () => {
    expect(bounceKindOf('delivered', '2.0.0')).toBeUndefined()
    expect(bounceKindOf('relayed', '2.0.0')).toBeUndefined()
    expect(bounceKindOf('expanded', '2.0.0')).toBeUndefined()
    expect(bounceKindOf(undefined, '5.1.1')).toBeUndefined()
  })
})

import { describe, expect, it } from 'vitest'
import { RateLimiter } from './rate-limit'

describe('RateLimiter', () => {
  it('allows up to the limit per window and tells when to retry', () => {
    const rl = new RateLimiter(3, 60_000)
    expect([1, 2, 3].map(() => rl.hit('a', 0).allowed)).toEqual([true, true, true])
    expect(rl.hit('a', 10_000)).toEqual({ allowed: false, retryAfterSeconds: 50 })
    expect(rl.hit('b', 10_000).allowed).toBe(true)
    expect(rl.hit('a', 60_000).allowed).toBe(true)
  })
  it('stays bounded under a flood of keys', () => {
    const rl = new RateLimiter(1, 60_000, 100)
    for (let i = 0; i < 1000; i++) rl.hit(`k${i}`, i)
    expect(rl.size).toBeLessThanOrEqual(100)
  })
})

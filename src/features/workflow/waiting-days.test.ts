import { describe, expect, it } from 'vitest'
import { waitingDays } from './waiting-days'

describe('waitingDays', () => {
  const now = Date.parse('2026-11-21T12:00:00Z')
  it('counts from the last status change', () => {
    expect(waitingDays([{ at: '2026-11-01T12:00:00Z' }, { at: '2026-11-18T13:00:00Z' }], '2026-10-01T00:00:00Z', now)).toBe(2)
  })
  it('falls back to the creation date, and never goes negative', () => {
    expect(waitingDays([], '2026-11-11T12:00:00Z', now)).toBe(10)
    expect(waitingDays(null, '2026-12-01T00:00:00Z', now)).toBe(0)
    expect(waitingDays(undefined, undefined, now)).toBeNull()
  })
})

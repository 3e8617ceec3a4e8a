import { describe, expect, it } from 'vitest'
import { BadRequest } from './errors'
import { parseOnlyMine } from './only-mine'

describe('parseOnlyMine', () => {
  it('reads lang=mine, and an empty or missing value as off', () => {
    expect(parseOnlyMine(new URLSearchParams('lang=mine&country=SE'))).toBe(true)
    expect(parseOnlyMine(new URLSearchParams('lang='))).toBe(false)
    expect(parseOnlyMine(new URLSearchParams('country=SE'))).toBe(false)
  })

  it('refuses any other value as a bad request', () => {
    expect(() => parseOnlyMine(new URLSearchParams('lang=fi'))).toThrow(BadRequest)
    expect(() => parseOnlyMine(new URLSearchParams('lang=mine&lang=all'))).toThrow(BadRequest)
  })
})

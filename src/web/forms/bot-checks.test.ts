import { describe, expect, it } from 'vitest'
import { issueCsrfToken } from '../csrf'
import { checkBotTraps, csrfIssuedAt, withBotTraps } from './bot-checks'

const secret = 'test-secret-0123456789'

describe('bot traps', () => {
  it('reads the issue time from a CSRF token', () => {
    expect(csrfIssuedAt(issueCsrfToken(secret, 1_234_567))).toBe(1_234_567)
    expect(csrfIssuedAt('garbage')).toBeUndefined()
    expect(csrfIssuedAt('a.!!.b')).toBeUndefined()
  })
  it('lets a person through', () => {
    expect(checkBotTraps({ _csrf: issueCsrfToken(secret, 1_000_000), website: '' }, 1_000_000 + 20_000)).toEqual([])
  })
  it('stops posts sent faster than a person can fill in the form', () => {
    expect(checkBotTraps({ _csrf: issueCsrfToken(secret, 1_000_000) }, 1_000_000 + 1_000)).toEqual([{ key: 'form.error.tooFast' }])
    expect(checkBotTraps({}, 1_000_000)).toEqual([{ key: 'form.error.tooFast' }])
  })
  it('stops posts that filled in the honeypot', () => {
    expect(checkBotTraps({ _csrf: issueCsrfToken(secret, 0), website: 'http://spam.example' }, 60_000)).toEqual([{ field: 'website', key: 'form.honeypot' }])
  })
})

describe('errors with bot traps', () => {
  it('puts "too fast" first and the honeypot last', () => {
    const own = { field: 'title', key: 'form.error.required' as const }
    const errors = withBotTraps({ _csrf: issueCsrfToken(secret, 1_000_000), website: 'x' }, [own], 1_000_500)
    expect(errors).toEqual([{ key: 'form.error.tooFast' }, own, { field: 'website', key: 'form.honeypot' }])
  })
})

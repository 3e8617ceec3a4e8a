import { describe, expect, it } from 'vitest'
import { checkBotTraps, judgeFillStamp, nextStampStart, withBotTraps } from './bot-checks'
import { issueFillStamp } from './fill-stamp'

const secret = 'test-secret-0123456789'
const t0 = 1_000_000_000
const firstUse = async () => true
const spentBefore = async () => false

describe('the fill-time stamp', () => {
  it('lets a person through once, after the minimum fill time', async () => {
    const body = { _started: issueFillStamp(secret, t0) }
    expect(await judgeFillStamp(secret, body, firstUse, t0 + 20_000)).toEqual({ kind: 'ok', startedAt: t0 })
  })
  it('stops a post sent faster than a person can fill in the form, without spending the stamp', async () => {
    let spent = 0
    const verdict = await judgeFillStamp(secret, { _started: issueFillStamp(secret, t0) }, async () => (spent++, true), t0 + 1000)
    expect(verdict.kind).toBe('tooFast')
    expect(spent).toBe(0)
  })
  it('stops a stamp used before: one old stamp cannot skip the fill time again', async () => {
    expect((await judgeFillStamp(secret, { _started: issueFillStamp(secret, t0) }, spentBefore, t0 + 20_000)).kind).toBe('stale')
  })
  it('stops a stamp older than a day, a forged one and a missing one', async () => {
    expect((await judgeFillStamp(secret, { _started: issueFillStamp(secret, t0) }, firstUse, t0 + 25 * 3600_000)).kind).toBe('stale')
    expect((await judgeFillStamp('another-secret-123456', { _started: issueFillStamp(secret, t0) }, firstUse, t0 + 20_000)).kind).toBe('missing')
    expect((await judgeFillStamp(secret, {}, firstUse, t0)).kind).toBe('missing')
    const two = [issueFillStamp(secret, t0), issueFillStamp(secret, t0)]
    expect((await judgeFillStamp(secret, { _started: two }, firstUse, t0 + 20_000)).kind).toBe('missing')
  })
  it('keeps a good start time for the next rendering, else starts anew', () => {
    expect(nextStampStart({ kind: 'ok', startedAt: t0 }, t0 + 5000)).toBe(t0)
    expect(nextStampStart({ kind: 'tooFast', startedAt: t0 }, t0 + 1000)).toBe(t0)
    expect(nextStampStart({ kind: 'stale', startedAt: t0 }, t0 + 5000)).toBe(t0 + 5000)
    expect(nextStampStart({ kind: 'missing' }, t0 + 5000)).toBe(t0 + 5000)
  })
})

describe('bot traps', () => {
  const ok = { kind: 'ok' as const, startedAt: t0 }
  it('let a person through', () => {
    expect(checkBotTraps({ website: '' }, ok)).toEqual([])
  })
  it('stop posts that filled in the honeypot or left it out', () => {
    expect(checkBotTraps({ website: 'http://spam.example' }, ok)).toEqual([{ field: 'website', key: 'form.honeypot' }])
    expect(checkBotTraps({}, ok)).toEqual([{ field: 'website', key: 'form.honeypot' }])
  })
  it('stop posts whose stamp is missing, too young or stale', () => {
    expect(checkBotTraps({ website: '' }, { kind: 'missing' })).toEqual([{ key: 'form.error.tooFast' }])
    expect(checkBotTraps({ website: '' }, { kind: 'tooFast', startedAt: t0 })).toEqual([{ key: 'form.error.tooFast' }])
    expect(checkBotTraps({ website: '' }, { kind: 'stale', startedAt: t0 })).toEqual([{ key: 'form.error.stale' }])
  })
  it('put errors about the whole form first and the honeypot last', () => {
    const own = { field: 'title', key: 'form.error.required' as const }
    const traps = checkBotTraps({ website: 'x' }, { kind: 'tooFast', startedAt: t0 })
    expect(withBotTraps(traps, [own])).toEqual([{ key: 'form.error.tooFast' }, own, { field: 'website', key: 'form.honeypot' }])
  })
})

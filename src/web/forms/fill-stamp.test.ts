import { describe, expect, it } from 'vitest'
import { issueFillStamp, readFillStamp } from './fill-stamp'

const secret = 'test-secret-0123456789'

describe('fill-time stamps', () => {
  it('carry the time the form was rendered, with a new nonce each time', () => {
    const a = readFillStamp(secret, issueFillStamp(secret, 1_234_567))
    const b = readFillStamp(secret, issueFillStamp(secret, 1_234_567))
    expect(a?.startedAt).toBe(1_234_567)
    expect(a?.nonce).not.toBe(b?.nonce)
  })
  it('cannot be backdated, forged or signed with another secret', () => {
    const stamp = issueFillStamp(secret, 1_000_000)
    const [, nonce, mac] = stamp.split('.')
    expect(readFillStamp(secret, `${(1).toString(36)}.${nonce}.${mac}`)).toBeUndefined()
    expect(readFillStamp('another-secret-123456', stamp)).toBeUndefined()
    expect(readFillStamp(secret, '')).toBeUndefined()
    expect(readFillStamp(secret, 'a.b')).toBeUndefined()
  })
})

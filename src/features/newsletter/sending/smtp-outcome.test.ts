import { describe, expect, it } from 'vitest'
import { smtpOutcome } from './smtp-outcome'

describe('smtpOutcome', () => {
  it('fails a permanent refusal, retries a temporary one or a connection never opened, and leaves a broken transaction uncertain', () => {
    expect(smtpOutcome({ responseCode: 550, code: 'EENVELOPE', command: 'RCPT TO' })).toBe('failed')
    expect(smtpOutcome({ responseCode: 552, code: 'EMESSAGE', command: 'DATA' })).toBe('failed')
    expect(smtpOutcome({ responseCode: 451, code: 'EMESSAGE', command: 'DATA' })).toBe('pending')
    expect(smtpOutcome({ responseCode: 421, code: 'ECONNECTION', command: 'CONN' })).toBe('pending')
    expect(smtpOutcome({ code: 'ECONNECTION', command: 'CONN' })).toBe('pending')
    expect(smtpOutcome({ code: 'ESOCKET', command: 'DATA' })).toBe('uncertain')
    expect(smtpOutcome(new Error('Connection closed unexpectedly'))).toBe('uncertain')
  })
})

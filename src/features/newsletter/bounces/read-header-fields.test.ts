import { describe, expect, it } from 'vitest'
import { readHeaderFields } from './read-header-fields'

describe('readHeaderFields', () => {
  it('splits a delivery-status body into its per-message and per-recipient blocks, unfolding lines', () => {
    const text = 'Reporting-MTA: dns; mx.example.net\r\n\r\nFinal-Recipient: rfc822; a@example.net\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 User\r\n    unknown\r\n'
    expect(readHeaderFields(text)).toEqual([
      { 'reporting-mta': 'dns; mx.example.net' },
      { 'final-recipient': 'rfc822; a@example.net', action: 'failed', status: '5.1.1', 'diagnostic-code': 'smtp; 550 5.1.1 User unknown' },
    ])
  })
  it('reads only the header of a message with headersOnly, keeping the first of repeated fields', () => {
    const text = 'Return-Path: <a@b>\nReceived: one\nReceived: two\nMessage-ID: <x@y>\n\nBody: not a header\n'
    expect(readHeaderFields(text, true)).toEqual([{ 'return-path': '<a@b>', received: 'one', 'message-id': '<x@y>' }])
  })
})

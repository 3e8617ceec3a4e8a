import type { IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'
import { loggablePath, requestIdFor } from './request-log'
import { compileProxyTrust } from './trusted-proxies'

describe('loggablePath', () => {
  it('drops the query string and fragment', () => {
    expect(loggablePath('/sv/practices?q=housing&email=anna%40example.org')).toBe('/sv/practices')
    expect(loggablePath('/en/news#top')).toBe('/en/news')
  })
  it('replaces the private token of a submitter’s status link', () => {
    expect(loggablePath('/sv/submissions/k3Jx9-secret-token')).toBe('/sv/submissions/:token')
    expect(loggablePath('/fi/submissions/k3Jx9-secret-token/update?x=1')).toBe('/fi/submissions/:token/update')
    expect(loggablePath('/sv/submissions/')).toBe('/sv/submissions/')
  })
  it('replaces the tokens of Payload’s verification and password-reset links', () => {
    expect(loggablePath('/api/users/verify/abc123')).toBe('/api/users/verify/:token')
    expect(loggablePath('/admin/reset/abc123')).toBe('/admin/reset/:token')
  })
  it('drops path segments that look like e-mail addresses', () => {
    expect(loggablePath('/api/users/anna@example.org')).toBe('/api/users/:redacted')
    expect(loggablePath('/x/anna%40example.org')).toBe('/x/:redacted')
  })
})

describe('requestIdFor', () => {
  const raw = (remoteAddress: string, id?: string) =>
    ({ headers: id === undefined ? {} : { 'x-request-id': id }, socket: { remoteAddress } }) as unknown as IncomingMessage
  const trust = compileProxyTrust(['10.9.0.1'])

  it('takes the id of a trusted proxy', () => {
    expect(requestIdFor(raw('10.9.0.1', 'lb-42'), trust)).toBe('lb-42')
  })
  it('generates a fresh id for any other peer, or a malformed id', () => {
    expect(requestIdFor(raw('10.0.0.2', 'lb-42'), trust)).toMatch(/^[0-9a-f-]{36}$/)
    expect(requestIdFor(raw('10.9.0.1', 'bad id\nwith newline'), trust)).toMatch(/^[0-9a-f-]{36}$/)
    expect(requestIdFor(raw('10.9.0.1'), trust)).not.toBe(requestIdFor(raw('10.9.0.1'), trust))
  })
})

import { describe, expect, it } from 'vitest'
import { readEnv } from '../config/env'
import { serverOptions } from './server-options'

const envWith = (proxies: string) => readEnv({ PAYLOAD_SECRET: 'a-test-secret-of-enough-length', TRUSTED_PROXIES: proxies })

describe('serverOptions', () => {
  it('trusts no proxy when TRUSTED_PROXIES is empty', () => {
    expect(serverOptions(envWith(''), false).trustProxy).toBe(false)
  })
  it('trusts exactly the listed proxies', () => {
    const trust = serverOptions(envWith('10.9.0.1, 192.0.2.0/24'), false).trustProxy as (a: string, hop: number) => boolean
    expect(trust('10.9.0.1', 0)).toBe(true)
    expect(trust('192.0.2.200', 1)).toBe(true)
    expect(trust('10.9.0.2', 0)).toBe(false)
  })
  it('turns Fastify’s own request lines off, so each request is logged once, by us', () => {
    expect(serverOptions(envWith(''), true).disableRequestLogging).toBe(true)
    expect(serverOptions(envWith(''), false).logger).toBe(false)
  })
})

import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'
import { readEnv } from '../../../config/env'
import { inboundBounceEndpoint } from './inbound-bounce-endpoint'

const envWith = (extra: Record<string, string>) => readEnv({ DATABASE_URL: 'file:/tmp/x.db', PAYLOAD_SECRET: 'x'.repeat(24), PUBLIC_URL: 'http://localhost:3000', DATA_DIR: '/tmp/inbound-test', ...extra })
// The checks before any database work: a request object with headers is all they read.
const request = (headers: Record<string, string>) => ({ headers: new Headers(headers) }) as unknown as PayloadRequest

describe('the bounce webhook', () => {
  it('does not exist (404) when no BOUNCE_WEBHOOK_SECRET is set, even with a token', async () => {
    const endpoint = inboundBounceEndpoint(envWith({}))
    expect(endpoint).toMatchObject({ path: '/inbound', method: 'post' })
    expect((await endpoint.handler(request({ authorization: 'Bearer anything-at-all-here' }))).status).toBe(404)
  })
  it('asks for the bearer token (401) when the secret is set', async () => {
    const endpoint = inboundBounceEndpoint(envWith({ BOUNCE_WEBHOOK_SECRET: 's'.repeat(20) }))
    const res = await endpoint.handler(request({ authorization: `Bearer ${'s'.repeat(19)}` }))
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toBe('Bearer')
  })
})

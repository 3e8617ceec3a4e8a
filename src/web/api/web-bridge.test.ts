import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sendWebResponse } from './send-web-response'
import { toWebRequest } from './to-web-request'

// A real node:http server bridging to a fetch handler, as the API does in every role.
let server: Server
let base: string

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const request = toWebRequest(req, 'https://example.org')
    const body = request.body ? await request.text() : ''
    const headers = new Headers({ 'content-type': 'text/plain' })
    headers.append('set-cookie', 'a=1; Path=/; HttpOnly')
    headers.append('set-cookie', 'b=2; Path=/')
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const part of [request.method, ' ', request.url, ' ', body]) controller.enqueue(new TextEncoder().encode(part))
        controller.close()
      },
    })
    await sendWebResponse(new Response(stream, { status: 201, headers }), res, req.method)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('fetch Request/Response bridge', () => {
  it('passes method, URL (public scheme, request host) and the streamed body to the handler', async () => {
    const res = await fetch(`${base}/api/news?limit=1`, { method: 'POST', body: 'x'.repeat(100_000) })
    const text = await res.text()
    const host = new URL(base).host
    expect(text).toBe(`POST https://${host}/api/news?limit=1 ${'x'.repeat(100_000)}`)
  })
  it('keeps the status and sends each cookie as its own Set-Cookie header', async () => {
    const res = await fetch(`${base}/api/users/login`)
    expect(res.status).toBe(201)
    expect(res.headers.getSetCookie()).toEqual(['a=1; Path=/; HttpOnly', 'b=2; Path=/'])
    expect(await res.text()).toMatch(/^GET https:\/\/.+\/api\/users\/login $/)
  })
})

import net from 'node:net'
import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../src/web/app'
import { issueCsrfToken } from '../../src/web/csrf'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

// Issue 7, finding 6: a forged post must be refused before its body is read, so uploads cost
// nothing until the CSRF check has passed. Each post below announces 40 MB but sends only its first
// kilobyte and then waits: the answer can only come if the server did not wait for the rest.
let t: TestPayload
let app: FastifyInstance
let port: number

beforeAll(async () => {
  t = await startTestPayload()
  app = await buildApp({ payload: t.payload, env: t.env })
  await app.listen({ port: 0, host: '127.0.0.1' })
  port = (app.server.address() as AddressInfo).port
})

afterAll(async () => {
  await app?.close()
  await t?.cleanup()
})

const boundary = 'probe'
const announced = 40 * 1024 * 1024

/** Sends the head of a post and the start of its body, never the rest; resolves with the status line. */
function postHalfway(start: string, cookie: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1')
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error('no answer before the body was complete: the server waited to read it'))
    }, 10_000)
    socket.on('data', (chunk) => {
      clearTimeout(timer)
      socket.destroy()
      resolve(chunk.toString('latin1').split('\r\n')[0]!)
    })
    socket.on('error', reject)
    socket.write(
      [
        'POST /en/practices/propose HTTP/1.1',
        `Host: 127.0.0.1:${port}`,
        `Content-Type: multipart/form-data; boundary=${boundary}`,
        `Content-Length: ${announced}`,
        ...(cookie ? [`Cookie: ${cookie}`] : []),
        '',
        '',
      ].join('\r\n'),
    )
    socket.write(start.padEnd(1024, 'x'))
  })
}

const filePart = `--${boundary}\r\nContent-Disposition: form-data; name="attachments"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`

describe('a form post is checked before its body is read', () => {
  it('refuses a post without a CSRF cookie at once (403)', async () => {
    expect(await postHalfway(filePart, '')).toMatch(/^HTTP\/1\.1 403/)
  })
  it('refuses a post whose cookie is forged at once (403)', async () => {
    const forged = issueCsrfToken('not-the-site-secret-0000')
    expect(await postHalfway(filePart, `csrf=${forged}`)).toMatch(/^HTTP\/1\.1 403/)
  })
  it('refuses a file that comes before the hidden token has matched the cookie (403)', async () => {
    const cookie = `csrf=${issueCsrfToken(t.env.payloadSecret)}`
    expect(await postHalfway(filePart, cookie)).toMatch(/^HTTP\/1\.1 403/)
  })
})

import Fastify from 'fastify'
import { describe, expect, it } from 'vitest'
import { BadRequest } from '../context'
import { readForm, registerFormScope, uploadedFiles } from './form-scope'
import { sendFormPage } from './send-form-page'

const limits = { fileSize: 16, files: 2, fields: 10, fieldSize: 64 }

async function testApp() {
  const app = Fastify()
  app.setErrorHandler((error, _req, reply) => {
    const status = error instanceof BadRequest ? 400 : ((error as { statusCode?: number }).statusCode ?? 500)
    return reply.code(status).send({ status })
  })
  registerFormScope(app, limits, (scope) => {
    scope.post('/form', { preValidation: readForm(2, limits) }, async (req, reply) => {
      const { files, extra } = uploadedFiles(req)
      return sendFormPage(
        reply,
        JSON.stringify({ body: req.body, extra, files: files.map((f) => ({ field: f.field, name: f.filename, size: f.data.length, truncated: f.truncated })) }),
      )
    })
  })
  await app.ready()
  return app
}

function multipart(parts: string[]) {
  const boundary = 'xyz'
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: parts.map((p) => `--${boundary}\r\n${p}\r\n`).join('') + `--${boundary}--\r\n`,
  }
}
const field = (name: string, value: string) => `Content-Disposition: form-data; name="${name}"\r\n\r\n${value}`
const file = (name: string, filename: string, data: string) =>
  `Content-Disposition: form-data; name="${name}"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n${data}`

describe('form scope', () => {
  it('parses urlencoded bodies with repeated names, as a private page', async () => {
    const app = await testApp()
    const res = await app.inject({ method: 'POST', url: '/form', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'a=1&t=x&t=y' })
    expect(JSON.parse(res.body).body).toEqual({ a: '1', t: ['x', 'y'] })
    expect(res.headers['cache-control']).toBe('private, no-store')
    expect(res.headers['content-security-policy']).toContain("default-src 'self'")
  })
  it('reads multipart fields and files, skipping empty file inputs and flagging oversize files', async () => {
    const app = await testApp()
    const res = await app.inject({
      method: 'POST',
      url: '/form',
      ...multipart([field('title', 'Språk'), file('attachments', '', ''), file('attachments', 'Å.pdf', 'x'.repeat(20)), field('t', 'a'), field('t', 'b')]),
    })
    const data = JSON.parse(res.body)
    expect(data.body).toEqual({ title: 'Språk', t: ['a', 'b'] })
    expect(data.files).toEqual([{ field: 'attachments', name: 'Å.pdf', size: 16, truncated: true }])
  })
  it('counts files beyond the maximum without keeping them', async () => {
    const app = await testApp()
    const res = await app.inject({ method: 'POST', url: '/form', ...multipart(['a', 'b', 'c', 'd'].map((n) => file('attachments', `${n}.png`, n))) })
    const data = JSON.parse(res.body)
    expect(data.files.map((f: { name: string }) => f.name)).toEqual(['a.png', 'b.png'])
    expect(data.extra).toBe(2)
  })
  it('answers other content types and malformed bodies as client errors', async () => {
    const app = await testApp()
    expect((await app.inject({ method: 'POST', url: '/form', payload: { a: 1 } })).statusCode).toBe(400)
    const broken = await app.inject({ method: 'POST', url: '/form', headers: { 'content-type': 'multipart/form-data' }, payload: 'x' })
    expect(broken.statusCode).toBe(400)
    const tooMany = await app.inject({ method: 'POST', url: '/form', ...multipart(Array.from({ length: 12 }, (_, i) => field(`f${i}`, 'v'))) })
    expect(tooMany.statusCode).toBe(413)
  })
})

import { existsSync, readFileSync } from 'node:fs'
import Fastify from 'fastify'
import { describe, expect, it, vi } from 'vitest'
import { BadRequest, Forbidden } from '../context'
import { readForm, registerFormScope, uploadedFiles } from './form-scope'
import { sendFormPage } from './send-form-page'

const limits = { fileSize: 16, files: 2, fields: 10, fieldSize: 64 }
/** Where the route found the uploaded files, to check they are gone once the response is sent. */
const seenPaths: string[] = []

async function testApp() {
  const app = Fastify()
  app.setErrorHandler((error, _req, reply) => {
    const status = error instanceof BadRequest ? 400 : error instanceof Forbidden ? 403 : ((error as { statusCode?: number }).statusCode ?? 500)
    return reply.code(status).send({ status })
  })
  registerFormScope(app, limits, (scope) => {
    scope.post('/form', { preValidation: readForm(2, limits) }, async (req, reply) => {
      const { files, extra } = uploadedFiles(req)
      seenPaths.push(...files.map((f) => f.path))
      const onDisk = files.map((f) => ({ field: f.field, name: f.filename, size: f.size, stored: readFileSync(f.path).length, truncated: f.truncated }))
      return sendFormPage(reply, JSON.stringify({ body: req.body, extra, files: onDisk }))
    })
  })
  await app.ready()
  return app
}

/** A multipart post; `csrf` (default) sends the token's cookie and, first, its hidden field. */
function multipart(parts: string[], csrf: 'token' | 'none' | 'late' = 'token') {
  const boundary = 'xyz'
  if (csrf === 'token') parts = [field('_csrf', 'tok'), ...parts]
  if (csrf === 'late') parts = [...parts, field('_csrf', 'tok')]
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, cookie: csrf === 'none' ? '' : 'csrf=tok' },
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
    expect(data.body).toEqual({ _csrf: 'tok', title: 'Språk', t: ['a', 'b'] })
    expect(data.files).toEqual([{ field: 'attachments', name: 'Å.pdf', size: 16, stored: 16, truncated: true }])
  })
  it('streams files to temporary files that are removed once the response is sent', async () => {
    const app = await testApp()
    seenPaths.length = 0
    const res = await app.inject({ method: 'POST', url: '/form', ...multipart([file('attachments', 'a.pdf', 'pdf-bytes')]) })
    expect(JSON.parse(res.body).files).toEqual([{ field: 'attachments', name: 'a.pdf', size: 9, stored: 9, truncated: false }])
    expect(seenPaths).toHaveLength(1)
    // onResponse runs just after the response has gone out.
    await vi.waitFor(() => expect(existsSync(seenPaths[0]!)).toBe(false))
  })
  it('reads no file before the hidden CSRF field has matched the cookie', async () => {
    const app = await testApp()
    const upload = [file('attachments', 'a.pdf', 'pdf-bytes')]
    expect((await app.inject({ method: 'POST', url: '/form', ...multipart(upload, 'none') })).statusCode).toBe(403)
    expect((await app.inject({ method: 'POST', url: '/form', ...multipart(upload, 'late') })).statusCode).toBe(403)
    const wrong = multipart([field('_csrf', 'other'), ...upload], 'none')
    expect((await app.inject({ method: 'POST', url: '/form', ...wrong, headers: { ...wrong.headers, cookie: 'csrf=tok' } })).statusCode).toBe(403)
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
    const tooMany = await app.inject({ method: 'POST', url: '/form', ...multipart(Array.from({ length: 12 }, (_, i) => field(`f${i}`, 'v')), 'none') })
    expect(tooMany.statusCode).toBe(413)
  })
})

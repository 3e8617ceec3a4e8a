import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPractice } from '../../src/seed/factories/create-practice'
import { drawIllustration } from '../../src/seed/factories/create-image'
import { buildApp } from '../../src/web/app'
import { createThemes, practiceSeed, samplePdf } from '../helpers/fixtures'
import { startS3rver, type TestS3 } from '../helpers/start-s3rver'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

// Two instances of the site on one database and one bucket: `writer` takes the uploads, `reader`
// serves them. Neither may keep a file on its own disk.
let s3: TestS3
let writer: TestPayload
let reader: TestPayload
let app: FastifyInstance
let editorToken: string

const pdf = samplePdf

beforeAll(async () => {
  s3 = await startS3rver(4561)
  writer = await startTestPayload(s3.env)
  // The same secret: a login on one instance is valid on the other.
  reader = await startTestPayload({ ...s3.env, PAYLOAD_SECRET: writer.env.payloadSecret }, { databaseUrl: writer.env.databaseUrl })
  app = await buildApp({ payload: reader.payload, env: reader.env })
  await writer.payload.create({
    collection: 'users',
    data: { email: 'editor@example.org', password: 'a-long-password', roles: ['editor'] },
    overrideAccess: true,
  })
  const login = await writer.payload.login({ collection: 'users', data: { email: 'editor@example.org', password: 'a-long-password' } })
  editorToken = login.token!
})

afterAll(async () => {
  await app?.close()
  // The reader joined the writer's database, so it goes first; the bucket outlives both.
  await reader?.cleanup()
  await writer?.cleanup()
  await s3?.stop()
})

/** Payload's REST API of the reading instance (what Next serves under /api). */
const api = async (url: string, token?: string) => {
  const request = new Request(`http://localhost:3000${url}`, { headers: token ? { Authorization: `JWT ${token}` } : {} })
  const res = await handleEndpoints({ config: reader.payload.config, payloadInstanceCacheKey: reader.key, request })
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()) }
}

const filesOnDisk = (t: TestPayload) =>
  ['media', 'attachments'].flatMap((dir) => {
    const full = path.join(t.env.dataDir, dir)
    return existsSync(full) ? readdirSync(full) : []
  })

const uploadAttachment = (name: string) =>
  writer.payload.create({
    collection: 'attachments',
    data: { title: name },
    file: { data: pdf, name, mimetype: 'application/pdf', size: pdf.length },
    overrideAccess: true,
  })

describe('object storage shared by two instances', () => {
  it('serves an image uploaded through one instance from the other, with its sizes, and keeps nothing on disk', async () => {
    const png = await drawIllustration(['#224466', '#ddeeff'], 'shared')
    const doc = await writer.payload.create({
      collection: 'media',
      locale: 'en',
      data: { alt: 'Shared picture' },
      file: { data: png, name: 'shared.png', mimetype: 'image/png', size: png.length },
      overrideAccess: true,
    })
    expect(doc.prefix).toBe('media')
    const sizes = [doc.sizes?.thumbnail?.filename, doc.sizes?.card?.filename]
    expect(s3.keys()).toEqual(expect.arrayContaining([doc.filename, ...sizes].map((name) => `media/${name}`)))

    const original = await app.inject({ method: 'GET', url: `/media/${doc.filename}` })
    expect(original.statusCode).toBe(200)
    expect(original.headers['content-type']).toBe('image/png')
    expect(original.rawPayload.equals(png)).toBe(true)

    const card = await app.inject({ method: 'GET', url: `/media/${doc.sizes?.card?.filename}` })
    expect(card.statusCode).toBe(200)
    expect(Number(card.headers['content-length'])).toBe(card.rawPayload.length)
    expect(card.rawPayload.subarray(1, 4).toString()).toBe('PNG')
    expect(card.rawPayload.equals(png)).toBe(false)

    const viaApi = await api(`/api/media/file/${doc.filename}`)
    expect(viaApi.status).toBe(200)
    expect(viaApi.body.equals(png)).toBe(true)

    expect(filesOnDisk(writer)).toEqual([])
    expect(filesOnDisk(reader)).toEqual([])
  })

  it('answers 404 for an image that is not in the bucket', async () => {
    const res = await app.inject({ method: 'GET', url: '/media/not-uploaded.png' })
    expect(res.statusCode).toBe(404)
  })

  it('gives an attachment of an unpublished proposal to an editor only, through Payload access control', async () => {
    const attachment = await uploadAttachment('private-plan.pdf')
    expect(s3.keys()).toContain(`attachments/${attachment.filename}`)
    const anonymous = await api(`/api/attachments/file/${attachment.filename}`)
    expect(anonymous.status).toBe(403)
    expect(anonymous.body.toString()).toMatch(/not allowed/i)
    const editor = await api(`/api/attachments/file/${attachment.filename}`, editorToken)
    expect(editor.status).toBe(200)
    expect(editor.body.equals(pdf)).toBe(true)
    expect(filesOnDisk(writer)).toEqual([])
  })

  it('serves an attachment on the public site only while its practice is published', async () => {
    const { themes } = await createThemes(writer.payload)
    const refs = { themes, organisations: new Map<string, number>() }
    const attachment = await uploadAttachment('public-report.pdf')
    const extra = { attachments: [attachment.id] }
    await createPractice(writer.payload, practiceSeed({ slug: 'shared-published' }), refs, 'published', extra)
    await createPractice(writer.payload, practiceSeed({ slug: 'shared-submitted' }), refs, 'submitted', extra)

    const published = await app.inject({ method: 'GET', url: `/en/practices/shared-published/files/${attachment.id}` })
    expect(published.statusCode).toBe(200)
    expect(published.headers['content-type']).toBe('application/pdf')
    expect(published.rawPayload.equals(pdf)).toBe(true)

    const submitted = await app.inject({ method: 'GET', url: `/en/practices/shared-submitted/files/${attachment.id}` })
    expect(submitted.statusCode).toBe(404)
  })

  // Last: it stops the bucket.
  it('takes an upload through the REST API without ?locale (as API clients send it) into the bucket', async () => {
    const png = await drawIllustration(['#113355', '#ccddee'], 'rest')
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'through-rest.png')
    form.append('_payload', JSON.stringify({ alt: 'Uploaded through REST' }))
    const encoded = new Request('http://localhost/', { method: 'POST', body: form })
    const res = await app.inject({
      method: 'POST',
      url: '/api/media',
      headers: { authorization: `JWT ${editorToken}`, 'content-type': encoded.headers.get('content-type')! },
      payload: Buffer.from(await encoded.arrayBuffer()),
    })
    expect(res.statusCode, res.body).toBe(201)
    expect(s3.keys()).toContain('media/through-rest.png')
    expect(filesOnDisk(reader)).toEqual([])
  })
  it('answers a server error, not "not found", while the bucket is unreachable', async () => {
    const doc = await writer.payload.find({ collection: 'media', limit: 1, depth: 0 })
    await s3.stop()
    const res = await app.inject({ method: 'GET', url: `/media/${doc.docs[0]!.filename}` })
    expect(res.statusCode).toBe(500)
  })

})

import type { FastifyInstance } from 'fastify'
import { ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { drawIllustration } from '../../src/seed/factories/create-image'
import { buildApp } from '../../src/web/app'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

let t: TestPayload
let app: FastifyInstance

beforeAll(async () => {
  t = await startTestPayload()
  app = await buildApp({ payload: t.payload, env: t.env })
})

afterAll(async () => {
  await app?.close()
  await t?.cleanup()
})

/** Payload's refusal of the file itself (its type), not of some other field or of access. */
const fileRefused = (message: RegExp) => expect.objectContaining({ name: ValidationError.name, data: expect.objectContaining({ errors: [{ path: 'file', message: expect.stringMatching(message) }] }) })

const upload = (data: Buffer, name: string, mimetype: string, alt: string | null = 'A test picture') =>
  t.payload.create({
    collection: 'media',
    locale: 'en',
    data: (alt === null ? {} : { alt }) as { alt: string },
    file: { data, name, mimetype, size: data.length },
    overrideAccess: true,
  })

describe('media uploads', () => {
  it('accepts a real PNG, makes the image sizes and serves them', async () => {
    const png = await drawIllustration(['#123456', '#abcdef'], 'test')
    const doc = await upload(png, 'picture.png', 'image/png')
    expect(doc.mimeType).toBe('image/png')
    expect(doc.sizes?.thumbnail?.width).toBe(400)
    expect(doc.sizes?.card?.width).toBe(800)
    const res = await app.inject({ method: 'GET', url: `/media/${doc.sizes?.card?.filename}` })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('image/png')
  })
  it('gives the media library a thumbnail it can load (issue 8)', async () => {
    const png = await drawIllustration(['#654321', '#fedcba'], 'thumb')
    const doc = await upload(png, 'thumb.png', 'image/png')
    expect(doc.thumbnailURL).toBeTruthy()
    expect(doc.thumbnailURL).toContain(doc.sizes?.thumbnail?.filename)
    const res = await app.inject({ method: 'GET', url: doc.thumbnailURL! })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('image/png')
  })
  it('rejects a text file that claims to be a PNG (type is judged by content)', async () => {
    const fake = Buffer.from('<script>alert(1)</script> not an image at all')
    await expect(upload(fake, 'evil.png', 'image/png')).rejects.toEqual(fileRefused(/not allowed/))
    const { totalDocs } = await t.payload.count({ collection: 'media', where: { filename: { like: 'evil' } } })
    expect(totalDocs).toBe(0)
  })
  it('rejects SVG, which can carry script', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    await expect(upload(svg, 'x.svg', 'image/svg+xml')).rejects.toEqual(fileRefused(/Invalid MIME type/))
    // Payload itself refuses SVG with script; the collection's raster-only list refuses a harmless one too.
    const plain = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><rect width="1" height="1"/></svg>')
    await expect(upload(plain, 'plain.svg', 'image/svg+xml')).rejects.toEqual(fileRefused(/Invalid MIME type/))
    expect((await t.payload.count({ collection: 'media', where: { filename: { like: 'svg' } } })).totalDocs).toBe(0)
  })
  it('requires alt text', async () => {
    const png = await drawIllustration(['#000000', '#ffffff'], 'alt')
    await expect(upload(png, 'no-alt.png', 'image/png', null)).rejects.toThrow(/alt/i)
  })
  it('never serves files outside the media folder', async () => {
    for (const url of ['/media/..%2Fpayload-secret', '/media/%2e%2e%2ftest.db', '/media/.hidden.png', '/media/x.txt']) {
      const res = await app.inject({ method: 'GET', url })
      expect([400, 404], url).toContain(res.statusCode)
    }
  })
})

import { crc32 } from 'node:zlib'
import { ValidationError } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

// Issue 7, finding 12: a pixel bomb (16,000 × 16,000 PNG) was accepted, and "CON.pdf" was stored as
// the dotfile ".pdf".
let t: TestPayload

beforeAll(async () => {
  t = await startTestPayload()
})

afterAll(async () => {
  await t?.cleanup()
})

/** A small real PNG whose header claims width × height (IHDR patched, CRC recomputed). */
async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#336699' } }).png().toBuffer()
  // Signature (8), chunk length (4), "IHDR" (4), then width and height; the CRC covers type + data.
  png.writeUInt32BE(width, 16)
  png.writeUInt32BE(height, 20)
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29)
  return png
}

const minimalPdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Root 1 0 R >>\nstartxref\n9\n%%EOF\n', 'latin1')

describe('uploads', () => {
  it('refuses an image whose header declares 16,000 × 16,000 pixels, before it is processed', async () => {
    const bomb = await pngClaiming(16_000, 16_000)
    expect((await sharp(bomb, { limitInputPixels: false }).metadata()).width).toBe(16_000)
    for (const collection of ['media', 'attachments'] as const) {
      await expect(
        t.payload.create({
          collection,
          locale: 'en',
          data: { alt: 'bomb', title: 'bomb' },
          file: { data: bomb, name: 'bomb.png', mimetype: 'image/png', size: bomb.length },
          overrideAccess: true,
        }),
      ).rejects.toEqual(expect.objectContaining({ name: ValidationError.name, message: expect.stringMatching(/file/) }))
      expect((await t.payload.count({ collection, overrideAccess: true })).totalDocs).toBe(0)
    }
  })

  it('still accepts an ordinary image', async () => {
    const png = await pngClaiming(64, 64)
    const doc = await t.payload.create({
      collection: 'media',
      locale: 'en',
      data: { alt: 'small' },
      file: { data: png, name: 'small.png', mimetype: 'image/png', size: png.length },
      overrideAccess: true,
    })
    expect(doc.width).toBe(64)
  })

  it.each([
    ['CON.pdf', 'CON-file.pdf'],
    ['.pdf', 'file.pdf'],
  ])('stores %s under a visible, non-empty name', async (name, expected) => {
    const doc = await t.payload.create({
      collection: 'attachments',
      data: { title: name },
      file: { data: minimalPdf, name, mimetype: 'application/pdf', size: minimalPdf.length },
      overrideAccess: true,
    })
    expect(doc.filename).toBe(expected)
  })
})

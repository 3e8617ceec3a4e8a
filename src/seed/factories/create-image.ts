import type { Payload } from 'payload'
import sharp from 'sharp'
import type { ImageSeed } from '../data/types'
import { localizedCreate } from './localized-create'

/** An abstract picture drawn from two colours, so demo images need no downloads or binary files. */
export async function drawIllustration(colors: [string, string], seed: string): Promise<Buffer> {
  let n = [...seed].reduce((a, c) => (a * 31 + c.charCodeAt(0)) >>> 0, 7)
  const rand = () => ((n = (n * 1103515245 + 12345) >>> 0) % 1000) / 1000
  const circles = Array.from({ length: 7 }, () => {
    const [x, y, r] = [rand() * 1200, rand() * 675, 60 + rand() * 200]
    return `<circle cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" r="${r.toFixed(0)}" fill="${colors[1]}" fill-opacity="${(0.25 + rand() * 0.5).toFixed(2)}"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675"><rect width="1200" height="675" fill="${colors[0]}"/>${circles}</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer()
}

export async function createImage(payload: Payload, seed: ImageSeed): Promise<number> {
  const data = await drawIllustration(seed.colors, seed.key)
  return localizedCreate(payload, {
    collection: 'media',
    shared: {},
    translations: seed.alt,
    toFields: (alt) => ({ alt }),
    file: { data, mimetype: 'image/png', name: `${seed.key}.png`, size: data.length },
  })
}

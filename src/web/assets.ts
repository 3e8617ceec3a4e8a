import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { srcDir } from '../config/paths'

const dir = path.join(srcDir, 'web', 'assets')

const types: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
}

export type Asset = { body: Buffer; type: string; hash: string }

/** Static assets are read once and served under a content hash, so browsers may cache them forever. */
const assets = new Map<string, Asset>()
for (const name of ['site.css', 'favicon.svg', 'reader-time.js']) {
  const body = readFileSync(path.join(dir, name))
  const hash = createHash('sha1').update(body).digest('hex').slice(0, 10)
  assets.set(name, { body, type: types[path.extname(name)], hash })
}

export function assetPath(name: string): string {
  const asset = assets.get(name)
  if (!asset) throw new Error(`Unknown asset ${name}`)
  return `/assets/${asset.hash}/${name}`
}

export function findAsset(name: string): Asset | undefined {
  return assets.get(name)
}

import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { NotFound } from '../../web/context'
import type { Deps } from '../../web/public-page'

const types: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
}

/** Serves uploaded images straight from disk; the name may not leave the media folder. */
export function registerMediaRoutes(app: FastifyInstance, deps: Deps): void {
  const dir = path.join(deps.env.dataDir, 'media')
  app.get('/media/:file', async (req, reply) => {
    const { file } = req.params as { file: string }
    const type = types[path.extname(file).toLowerCase()]
    if (!type || !/^[\w.-]+$/.test(file) || file.startsWith('.')) throw new NotFound()
    const full = path.join(dir, file)
    const info = await stat(full).catch(() => undefined)
    if (!info?.isFile()) throw new NotFound()
    reply.header('content-type', type)
    reply.header('content-length', info.size)
    reply.header('cache-control', 'public, max-age=86400')
    reply.header('x-content-type-options', 'nosniff')
    return reply.send(createReadStream(full))
  })
}

import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { NotFound } from '../../web/context'
import type { Deps } from '../../web/public-page'
import { openStoredFile } from '../../storage/open-stored-file'

const types: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
}

/** Serves uploaded images from disk or object storage; the name may not leave the media folder. */
export function registerMediaRoutes(app: FastifyInstance, deps: Deps): void {
  app.get('/media/:file', async (req, reply) => {
    const { file } = req.params as { file: string }
    const type = types[path.extname(file).toLowerCase()]
    if (!type || !/^[\w.-]+$/.test(file) || file.startsWith('.')) throw new NotFound()
    const stored = await openStoredFile(deps.payload, 'media', file)
    if (!stored) throw new NotFound()
    reply.header('content-type', type)
    if (stored.size !== undefined) reply.header('content-length', stored.size)
    reply.header('cache-control', 'public, max-age=86400')
    reply.header('x-content-type-options', 'nosniff')
    return reply.send(stored.stream)
  })
}

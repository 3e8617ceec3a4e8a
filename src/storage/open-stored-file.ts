import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import type { ReadableStream as NodeWebStream } from 'node:stream/web'
import { createLocalReq, type Payload } from 'payload'

export type StoredFile = { stream: Readable; size?: number }

/** Where a stored document's file lives in object storage (the storage plugin's own fields). */
export type StoredDoc = { id: number | string; prefix?: string | null; _objectKey?: string | null }

/**
 * Opens the bytes of an uploaded file wherever they are kept: through the collection's storage
 * handler (object storage) when it has one, else from its folder on disk. It checks no access:
 * the caller has decided the reader may have the file. Without `doc`, the handler looks the file
 * up by name as an anonymous reader, which is enough for public collections only.
 */
export async function openStoredFile(
  payload: Payload,
  collection: 'media' | 'attachments',
  filename: string,
  doc?: StoredDoc,
): Promise<StoredFile | undefined> {
  const upload = payload.collections[collection].config.upload
  const name = path.basename(filename)
  if (upload.handlers?.length) {
    const req = await createLocalReq({}, payload)
    for (const handler of upload.handlers) {
      // The handler type wants a document; without one the S3 handler finds it by file name.
      const res = await handler(req, { doc: doc as StoredDoc, headers: new Headers(), params: { collection, filename: name } })
      if (!(res instanceof Response)) continue
      if (res.status !== 200 || !res.body) {
        await res.body?.cancel()
        if (res.status === 404) return undefined
        // An unreachable or misconfigured bucket is a server error, not a missing file.
        throw new Error(`object storage answered ${res.status} for ${collection}/${name}`)
      }
      const length = Number(res.headers.get('content-length'))
      return { stream: Readable.fromWeb(res.body as NodeWebStream), size: Number.isFinite(length) && length > 0 ? length : undefined }
    }
  }
  if (!upload.staticDir) return undefined
  const full = path.join(upload.staticDir, name)
  const info = await stat(full).catch(() => undefined)
  if (!info?.isFile()) return undefined
  return { stream: createReadStream(full), size: info.size }
}

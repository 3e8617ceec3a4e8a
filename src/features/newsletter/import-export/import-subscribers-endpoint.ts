import type { Endpoint, PayloadRequest } from 'payload'
import { refuseNonEditor } from '../editor-only'
import { importSubscribers } from './import-subscribers'

/** An old mailer's export of a few thousand addresses is well under this. */
const maxBytes = 5 * 1024 * 1024

const answer = (status: number, body: unknown) => Response.json(body, { status, headers: { 'cache-control': 'no-store' } })

/** The CSV text of the request: the `file` field of a multipart form, or a text/csv body. */
async function csvOf(req: PayloadRequest): Promise<string | undefined> {
  const type = (req.headers.get('content-type') ?? '').toLowerCase()
  if (type.startsWith('multipart/form-data')) {
    const file = (await req.formData?.())?.get('file')
    return typeof file === 'object' && file && file.size <= maxBytes ? file.text() : undefined
  }
  if (type.startsWith('text/csv') || type.startsWith('text/plain')) return req.text?.()
  return undefined
}

/**
 * POST /api/subscribers/import: an editor's CSV import (see README for the columns). Answers the
 * report: how many were imported, and each bad row's line, address and reason.
 */
export const importSubscribersEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    const refused = refuseNonEditor(req)
    if (refused) return refused
    if (Number(req.headers.get('content-length') ?? 0) > maxBytes) return answer(413, { errors: [{ message: 'The file is larger than 5 MB.' }] })
    const text = await csvOf(req)
    if (text === undefined) return answer(400, { errors: [{ message: 'Send a CSV file (multipart field "file", or a text/csv body).' }] })
    if (text.length > maxBytes) return answer(413, { errors: [{ message: 'The file is larger than 5 MB.' }] })
    return answer(200, await importSubscribers(req.payload, text))
  },
}

import type { Payload } from 'payload'
import type { Practice } from '../../payload-types'

/** `prefix` and `_objectKey` say where the file is in object storage (see storage/open-stored-file.ts). */
export type AttachmentView = { id: number; title: string; filename: string; mimeType: string; prefix?: string | null; _objectKey?: string | null }

/**
 * The files of a practice that was itself read with access control. Attachments are not public
 * through the API, so they are read here with overrideAccess, and only for that practice's own ids.
 */
export async function practiceAttachments(payload: Payload, practice: Pick<Practice, 'attachments'>): Promise<AttachmentView[]> {
  const ids = (practice.attachments ?? []).map((a) => (typeof a === 'object' ? a.id : a))
  if (ids.length === 0) return []
  const found = await payload.find({ collection: 'attachments', where: { id: { in: ids } }, depth: 0, pagination: false, overrideAccess: true })
  return found.docs.flatMap((a) => (a.filename ? [{ id: a.id, title: a.title || a.filename, filename: a.filename, mimeType: a.mimeType ?? 'application/octet-stream', prefix: a.prefix, _objectKey: a._objectKey }] : []))
}

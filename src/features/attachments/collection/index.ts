import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { isEditor } from '../../../access/is-editor'
import { collectionChangeHooks } from '../../../changes/change-hooks'
import { guardUpload } from '../../../storage/guard-upload'

export const attachmentMimeTypes = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp']
export const attachmentMaxBytes = 10 * 1024 * 1024

/**
 * PDFs and images that belong to practices. Not readable through the API by the public: the site
 * serves a file only when it belongs to a published practice (features/practices/routes.ts).
 */
export const attachmentsCollection = (dataDir: string): CollectionConfig => ({
  slug: 'attachments',
  access: { read: isEditor, create: isEditor, update: isEditor, delete: isEditor },
  admin: { useAsTitle: 'title' },
  hooks: { ...collectionChangeHooks, beforeOperation: [guardUpload] },
  upload: {
    staticDir: path.join(dataDir, 'attachments'),
    // Payload checks the type detected from the bytes against this list, not the file name.
    mimeTypes: attachmentMimeTypes,
  },
  fields: [{ name: 'title', type: 'text', maxLength: 200 }],
})

import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { anyone } from '../../../access/anyone'
import { isEditor } from '../../../access/is-editor'
import { collectionChangeHooks } from '../../../changes/change-hooks'
import { guardUpload } from '../../../storage/guard-upload'

/** Raster formats only: SVG can carry script, so it is not accepted from uploads. */
export const imageMimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif']

/** Built per configuration so tests can keep their uploads in their own data folder. */
export const mediaCollection = (dataDir: string): CollectionConfig => ({
  slug: 'media',
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  admin: { useAsTitle: 'alt' },
  hooks: { ...collectionChangeHooks, beforeOperation: [guardUpload] },
  upload: {
    staticDir: path.join(dataDir, 'media'),
    // Payload checks the detected type from the file's bytes against this list, not the extension.
    mimeTypes: imageMimeTypes,
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 800, height: 450, position: 'centre' },
      { name: 'hero', width: 1600, withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: false,
    crop: false,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      required: true,
      maxLength: 300,
      admin: { description: 'Describe what the image shows for people who cannot see it.' },
    },
  ],
})

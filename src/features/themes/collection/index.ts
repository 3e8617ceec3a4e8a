import type { CollectionConfig } from 'payload'
import { anyone } from '../../../access/anyone'
import { isEditor } from '../../../access/is-editor'
import { collectionCacheHooks } from '../../../cache/invalidation-hooks'
import { slugField } from '../../../fields/slug'

export const Themes: CollectionConfig = {
  slug: 'themes',
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug'] },
  hooks: collectionCacheHooks,
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 120 },
    { name: 'description', type: 'textarea', localized: true, maxLength: 1000 },
    slugField,
  ],
}

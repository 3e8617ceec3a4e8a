import type { CollectionConfig } from 'payload'
import { anyone } from '../../../access/anyone'
import { isEditor } from '../../../access/is-editor'
import { collectionChangeHooks } from '../../../changes/change-hooks'
import { slugField } from '../../../fields/slug'

export const Themes: CollectionConfig = {
  slug: 'themes',
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug'] },
  hooks: collectionChangeHooks,
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 120 },
    { name: 'description', type: 'textarea', localized: true, maxLength: 1000 },
    slugField,
  ],
}

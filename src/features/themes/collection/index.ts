import type { CollectionConfig } from 'payload'
import { anyone } from '../../../access/anyone'
import { isEditor } from '../../../access/is-editor'
import { collectionChangeHooks } from '../../../changes/change-hooks'
import { adminTitleField } from '../../../fields/admin-title'
import { slugField } from '../../../fields/slug'

export const Themes: CollectionConfig = {
  slug: 'themes',
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  admin: { useAsTitle: 'adminTitle', defaultColumns: ['adminTitle', 'slug'] },
  hooks: collectionChangeHooks,
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 120 },
    adminTitleField(),
    { name: 'description', type: 'textarea', localized: true, maxLength: 1000 },
    slugField,
  ],
}

import type { CollectionConfig } from 'payload'
import { isEditor } from '../../../access/is-editor'
import { publishedOrEditor } from '../../../access/published-or-editor'
import { collectionChangeHooks } from '../../../changes/change-hooks'
import { adminTitleField } from '../../../fields/admin-title'
import { languageCoverageField } from '../../../fields/language-coverage'
import { slugField } from '../../../fields/slug'

export const Pages: CollectionConfig = {
  slug: 'pages',
  // Versions hold drafts and pending edits in full: editors only (Payload's default is any logged-in user).
  access: { read: publishedOrEditor, readVersions: isEditor, create: isEditor, update: isEditor, delete: isEditor },
  admin: { useAsTitle: 'adminTitle', defaultColumns: ['adminTitle', 'slug', '_status', 'languages'] },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  hooks: collectionChangeHooks,
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 200 },
    adminTitleField(),
    languageCoverageField(),
    { name: 'summary', type: 'textarea', localized: true, maxLength: 400 },
    { name: 'body', type: 'richText', localized: true },
    slugField,
  ],
}

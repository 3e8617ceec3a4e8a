import type { CollectionConfig } from 'payload'
import { isEditor } from '../../../access/is-editor'
import { publishedOrEditor } from '../../../access/published-or-editor'
import { collectionChangeHooks } from '../../../changes/change-hooks'
import { countriesField } from '../../../fields/countries'
import { adminTitleField } from '../../../fields/admin-title'
import { languageCoverageField } from '../../../fields/language-coverage'
import { slugField } from '../../../fields/slug'

export const News: CollectionConfig = {
  slug: 'news',
  // Versions hold drafts and pending edits in full: editors only (Payload's default is any logged-in user).
  access: { read: publishedOrEditor, readVersions: isEditor, create: isEditor, update: isEditor, delete: isEditor },
  admin: { useAsTitle: 'adminTitle', defaultColumns: ['adminTitle', 'publishedAt', '_status', 'languages'] },
  graphQL: { singularName: 'NewsItem', pluralName: 'NewsItems' },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  defaultSort: '-publishedAt',
  hooks: collectionChangeHooks,
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 200 },
    adminTitleField(),
    languageCoverageField(),
    { name: 'summary', type: 'textarea', localized: true, maxLength: 600 },
    { name: 'body', type: 'richText', localized: true },
    { name: 'image', type: 'upload', relationTo: 'media' },
    { name: 'themes', type: 'relationship', relationTo: 'themes', hasMany: true, admin: { position: 'sidebar' } },
    countriesField,
    {
      name: 'publishedAt',
      type: 'date',
      required: true,
      index: true,
      defaultValue: () => new Date().toISOString(),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    slugField,
  ],
}

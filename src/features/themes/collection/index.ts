import type { CollectionConfig } from 'payload'
import { anyone } from '../../../access/anyone'
import { isEditor } from '../../../access/is-editor'
import { collectionChangeHooks } from '../../../changes/change-hooks'
import { adminTitleField } from '../../../fields/admin-title'
import { languageCoverageField } from '../../../fields/language-coverage'
import { slugField } from '../../../fields/slug'
import { titleRequiredOnCreate } from '../../../fields/title-required-on-create'
import { adminText } from '../../../i18n/admin/admin-text'

const titleNeeded = adminText(
  'Give the theme a title.',
  'Ge temat en titel.',
  'Gi temaet en tittel.',
  'Giv temaet en titel.',
  'Anna teemalle otsikko.',
  'Gefðu þemanu titil.',
)

export const Themes: CollectionConfig = {
  slug: 'themes',
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  admin: { useAsTitle: 'adminTitle', defaultColumns: ['adminTitle', 'slug', 'languages'] },
  hooks: collectionChangeHooks,
  fields: [
    { name: 'title', type: 'text', localized: true, maxLength: 120, validate: titleRequiredOnCreate(120, titleNeeded) },
    adminTitleField(),
    languageCoverageField(),
    { name: 'description', type: 'textarea', localized: true, maxLength: 1000 },
    slugField,
  ],
}

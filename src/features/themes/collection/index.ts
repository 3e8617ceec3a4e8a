import type { CollectionConfig, TextFieldSingleValidation } from 'payload'
import { anyone } from '../../../access/anyone'
import { isEditor } from '../../../access/is-editor'
import { collectionChangeHooks } from '../../../changes/change-hooks'
import { adminTitleField } from '../../../fields/admin-title'
import { languageCoverageField } from '../../../fields/language-coverage'
import { slugField } from '../../../fields/slug'
import { adminText } from '../../../i18n/admin/admin-text'
import { isLocale } from '../../../i18n/locales'

const titleNeeded = adminText(
  'Give the theme a title.',
  'Ge temat en titel.',
  'Gi temaet en tittel.',
  'Giv temaet en titel.',
  'Anna teemalle otsikko.',
  'Gefðu þemanu titil.',
)

/**
 * A new theme needs a title in the language it is written in; a translation may be missing (the
 * site falls back along the reader's chain). Not Payload's `required`, which would demand a title
 * in every locale an editor saves in and keeps other languages' rows out of the table.
 */
const validateTitle: TextFieldSingleValidation = (value, { operation, req }) => {
  if (typeof value === 'string' && value.length > 120) return 'At most 120 characters.'
  if (operation === 'create' && (typeof value !== 'string' || value.trim() === '')) {
    const language = req?.i18n?.language
    return titleNeeded[isLocale(language) ? language : 'en']
  }
  return true
}

export const Themes: CollectionConfig = {
  slug: 'themes',
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  admin: { useAsTitle: 'adminTitle', defaultColumns: ['adminTitle', 'slug', 'languages'] },
  hooks: collectionChangeHooks,
  fields: [
    { name: 'title', type: 'text', localized: true, maxLength: 120, validate: validateTitle },
    adminTitleField(),
    languageCoverageField(),
    { name: 'description', type: 'textarea', localized: true, maxLength: 1000 },
    slugField,
  ],
}

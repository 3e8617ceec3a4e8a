import type { CollectionConfig, Field } from 'payload'

/**
 * One-language fields and the field holding their language, per collection (ARCHITECTURE.md,
 * Languages): the record's language for what is kept in one language only.
 */
const recordLanguageOf: Record<string, Record<string, string>> = {
  practices: { partners: 'originalLanguage', role: 'originalLanguage', label: 'originalLanguage', workflowNote: 'submitter.locale' },
  replications: { changes: 'language', outcomes: 'language', workflowNote: 'submitter.locale' },
}

const paths = { text: '/admin/InLanguageField#TextInLanguage', textarea: '/admin/InLanguageField#TextareaInLanguage', richText: '/admin/InLanguageField#EditorLanguage' }

function tagged(collection: string, field: Field): Field {
  if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map((f) => tagged(collection, f)) })) }
  if ((field.type === 'text' || field.type === 'textarea') && !('hasMany' in field && field.hasMany) && !field.admin?.components?.Field) {
    const languageFrom = recordLanguageOf[collection]?.[field.name]
    if (!field.localized && !languageFrom) return field
    const component = { path: paths[field.type], ...(languageFrom ? { clientProps: { languageFrom } } : {}) }
    return { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Field: component } } } as Field
  }
  if (field.type === 'richText' && field.localized) {
    const afterInput = [...(field.admin?.components?.afterInput ?? []), paths.richText]
    return { ...field, admin: { ...field.admin, components: { ...field.admin?.components, afterInput } } }
  }
  if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: field.fields.map((f: Field) => tagged(collection, f)) } as Field
  return field
}

/**
 * The admin's localized and one-language text inputs carry the language of their text
 * (InLanguageField.tsx); localized rich text gets it on its editable area (EditorLanguage).
 */
export function withInputLanguage(collection: CollectionConfig): CollectionConfig {
  return { ...collection, fields: collection.fields.map((f) => tagged(collection.slug, f)) }
}

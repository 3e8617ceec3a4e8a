import type { CollectionConfig, Field, FieldHook } from 'payload'
import { stripUnsafeControls } from './strip-unsafe-controls'

const stripHook: FieldHook = ({ value }) => {
  if (typeof value === 'string') return stripUnsafeControls(value)
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? stripUnsafeControls(v) : v))
  return value
}

function withHook(field: Field): Field {
  if (field.type === 'text' || field.type === 'textarea') {
    return { ...field, hooks: { ...field.hooks, beforeValidate: [stripHook, ...(field.hooks?.beforeValidate ?? [])] } }
  }
  if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withHook) })) }
  if (field.type === 'blocks') return { ...field, blocks: field.blocks.map((b) => ({ ...b, fields: b.fields.map(withHook) })) }
  if ('fields' in field) return { ...field, fields: field.fields.map(withHook) } as Field
  return field
}

/**
 * Every text and textarea field of a collection (titles, names, nested ones too) stores text
 * without bidi overrides and control characters, whoever writes it: admin, API or a public form.
 */
export function withPlainText(collection: CollectionConfig): CollectionConfig {
  return { ...collection, fields: collection.fields.map(withHook) }
}

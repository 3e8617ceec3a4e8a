import type { CollectionConfig, Field, GlobalConfig, Tab } from 'payload'
import { collectionLabels, globalLabels, groupOf } from './collection-labels'
import { descriptionFor, labelFor, tabLabelFor } from './field-labels'

type Labelled = { label?: unknown; admin?: { description?: unknown } }

function labelled<T extends Labelled>(owner: string, name: string, field: T): T {
  const keep = typeof field.label === 'object' || typeof field.label === 'function' || field.label === false
  const label = keep ? field.label : (labelFor(owner, name) ?? field.label)
  const description = descriptionFor(owner, name)
  const admin = description && typeof field.admin?.description !== 'object' ? { ...field.admin, description } : field.admin
  return { ...field, ...(label !== undefined ? { label } : {}), ...(admin ? { admin } : {}) }
}

function withLabels(owner: string, field: Field): Field {
  if (field.type === 'tabs') {
    const tabs = field.tabs.map((tab): Tab => {
      const label = typeof tab.label === 'string' ? (tabLabelFor(tab.label) ?? tab.label) : tab.label
      return { ...tab, label, fields: tab.fields.map((f) => withLabels(owner, f)) } as Tab
    })
    return { ...field, tabs }
  }
  const nested = 'fields' in field && Array.isArray(field.fields) ? { fields: field.fields.map((f: Field) => withLabels(owner, f)) } : {}
  const own = 'name' in field && typeof field.name === 'string' ? labelled(owner, field.name, field as Labelled) : field
  return { ...own, ...nested } as Field
}

/**
 * A collection in the editor's admin language: its name, navigation group, and the labels and
 * help texts of its fields, from the catalogs beside this file ("<collection>.<field>" first, then
 * the field name alone). Labels Payload gives its own fields (functions, translated by Payload)
 * and labels already written as objects are kept.
 */
export function withAdminLabels(collection: CollectionConfig): CollectionConfig {
  const labels = collectionLabels[collection.slug]
  const group = groupOf[collection.slug]
  return {
    ...collection,
    ...(labels && typeof collection.labels?.singular !== 'object' ? { labels } : {}),
    admin: { ...collection.admin, ...(group && typeof collection.admin?.group !== 'object' ? { group } : {}) },
    fields: collection.fields.map((f) => withLabels(collection.slug, f)),
  }
}

/** A global in the editor's admin language (see withAdminLabels). */
export function withAdminLabelsGlobal(global: GlobalConfig): GlobalConfig {
  const label = globalLabels[global.slug]
  const group = groupOf[global.slug]
  return {
    ...global,
    ...(label && typeof global.label !== 'object' ? { label } : {}),
    admin: { ...global.admin, ...(group && typeof global.admin?.group !== 'object' ? { group } : {}) },
    fields: global.fields.map((f) => withLabels(global.slug, f)),
  }
}

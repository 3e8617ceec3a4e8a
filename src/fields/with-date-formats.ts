import type { CollectionConfig, Field, Tab } from 'payload'

/**
 * How dates show in the admin: with the year and a 24-hour clock, as Nordic readers write them.
 * Payload's own default for a day-only date is "MMM dd" (no year: "Aug 15"), and its clock is
 * 12-hour.
 */
export const adminDateFormats = { dayOnly: 'd MMM yyyy', dayAndTime: 'd MMM yyyy, HH:mm', timeOnly: 'HH:mm' } as const

function dated(field: Field): Field {
  if (field.type === 'date') {
    const appearance = field.admin?.date?.pickerAppearance ?? 'default'
    if (field.admin?.date?.displayFormat || !(appearance in adminDateFormats) && appearance !== 'default') return field
    const displayFormat = appearance === 'default' ? adminDateFormats.dayOnly : adminDateFormats[appearance as keyof typeof adminDateFormats]
    return { ...field, admin: { ...field.admin, date: { ...field.admin?.date, displayFormat } } }
  }
  if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(dated) }) as Tab) }
  if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: field.fields.map(dated) } as Field
  return field
}

/** Every date field of a collection shown with its year (see adminDateFormats). */
export function withDateFormats(collection: CollectionConfig): CollectionConfig {
  return { ...collection, fields: collection.fields.map(dated) }
}

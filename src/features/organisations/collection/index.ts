import { adminOptions } from '../../../i18n/admin/admin-options'
import type { CollectionConfig } from 'payload'
import { anyone } from '../../../access/anyone'
import { isEditor } from '../../../access/is-editor'
import { collectionChangeHooks } from '../../../changes/change-hooks'
import { countryCodes } from '../../../fields/countries'
import { slugField } from '../../../fields/slug'
import { httpsUrl } from '../../../fields/https-url'
import { organisationTypes } from '../vocabulary'

export const Organisations: CollectionConfig = {
  slug: 'organisations',
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'type', 'country'] },
  hooks: collectionChangeHooks,
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200 },
    slugField,
    {
      name: 'type',
      type: 'select',
      required: true,
      options: adminOptions('orgType', organisationTypes),
      admin: { position: 'sidebar' },
    },
    {
      name: 'country',
      type: 'select',
      required: true,
      index: true,
      options: adminOptions('country', countryCodes),
      admin: { position: 'sidebar' },
    },
    { name: 'website', type: 'text', validate: httpsUrl },
    { name: 'description', type: 'textarea', localized: true, maxLength: 1500 },
  ],
}

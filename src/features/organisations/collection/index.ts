import { adminOptions } from '../../../i18n/admin/admin-options'
import type { CollectionConfig } from 'payload'
import { anyone } from '../../../access/anyone'
import { isEditor } from '../../../access/is-editor'
import { hasRole } from '../../../access/roles'
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
    {
      name: 'address',
      type: 'group',
      fields: [
        { name: 'street', type: 'text', maxLength: 200 },
        { name: 'postalCode', type: 'text', maxLength: 20 },
        { name: 'city', type: 'text', maxLength: 120 },
      ],
    },
    {
      name: 'contact',
      type: 'group',
      // A contact person is public only when they agreed to it (as on practices).
      access: { read: ({ req, doc }) => hasRole(req.user, 'admin', 'editor') || doc?.contact?.consent === true },
      fields: [
        { name: 'name', type: 'text', maxLength: 200 },
        { name: 'email', type: 'email' },
        { name: 'phone', type: 'text', maxLength: 40 },
        { name: 'consent', type: 'checkbox', defaultValue: false },
      ],
    },
  ],
}

import type { CollectionConfig } from 'payload'
import { isEditor } from '../../../access/is-editor'
import { adminOptions, languageOptions } from '../../../i18n/admin/admin-options'
import { deliveryStates } from '../vocabulary'

const nobody = () => false

/**
 * One recipient of one issue and where their copy is (pending → sending → sent / failed /
 * uncertain). Written only by the sending jobs; editors read it to see what happened.
 */
export const NewsletterDeliveries: CollectionConfig = {
  slug: 'newsletter-deliveries',
  access: { read: isEditor, create: nobody, update: nobody, delete: nobody },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'issue', 'state', 'locale', 'stateAt'], listSearchableFields: ['email'] },
  // One copy per subscriber and issue, enforced by the database.
  indexes: [{ fields: ['issue', 'subscriber'], unique: true }, { fields: ['issue', 'batch', 'state'] }],
  fields: [
    { name: 'issue', type: 'relationship', relationTo: 'newsletter-issues', required: true, index: true },
    { name: 'subscriber', type: 'relationship', relationTo: 'subscribers', index: true },
    // The address at the time of sending, so the record stays readable if the subscriber is erased.
    { name: 'email', type: 'email', required: true },
    { name: 'locale', type: 'select', required: true, options: languageOptions() },
    { name: 'batch', type: 'number', required: true },
    { name: 'state', type: 'select', required: true, index: true, options: adminOptions('deliveryState', deliveryStates) },
    { name: 'stateAt', type: 'date' },
    { name: 'messageId', type: 'text', index: true },
    { name: 'error', type: 'text' },
  ],
}

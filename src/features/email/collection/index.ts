import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../../access/is-admin'

/** Read-only list of mails written to ./data/outbox when no SMTP server is configured. */
export const Outbox: CollectionConfig = {
  slug: 'outbox',
  labels: { singular: 'Outbox message', plural: 'Outbox (development mail)' },
  access: { read: isAdmin, create: () => false, update: () => false, delete: isAdmin },
  admin: { useAsTitle: 'subject', defaultColumns: ['subject', 'to', 'createdAt'], group: 'System' },
  fields: [
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text' },
    { name: 'file', type: 'text', required: true, admin: { description: 'File name under ./data/outbox' } },
  ],
}

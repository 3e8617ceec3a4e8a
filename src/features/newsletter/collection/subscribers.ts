import type { CollectionConfig } from 'payload'
import { isEditor } from '../../../access/is-editor'
import { adminOptions, languageOptions } from '../../../i18n/admin/admin-options'
import { figuresCsvEndpoint } from '../figures/figures-csv-endpoint'
import { exportSubscribersEndpoint } from '../import-export/export-subscribers-endpoint'
import { importSubscribersEndpoint } from '../import-export/import-subscribers-endpoint'
import { consentActions, subscribeSources, subscriberStatuses, suspendReasons } from '../vocabulary'

const nobody = () => false

/**
 * Newsletter subscribers. Personal data: only editors read it. Nobody creates a subscriber through
 * the API: the public forms and the CSV import do, each with its consent record. Changing a
 * subscription is the subscriber's own (the preference link); editors can only erase one.
 */
export const Subscribers: CollectionConfig = {
  slug: 'subscribers',
  access: { read: isEditor, create: nobody, update: nobody, delete: isEditor },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'status', 'locale', 'confirmedAt', 'source'],
    listSearchableFields: ['email'],
    // Figures, CSV downloads and the import form above the list (editors only).
    components: { beforeList: ['/features/newsletter/figures/admin/NewsletterTools#NewsletterTools'] },
  },
  defaultSort: '-requestedAt',
  // Editors' tools (each checks the role): CSV import and export, the figures as CSV.
  endpoints: [importSubscribersEndpoint, exportSubscribersEndpoint, figuresCsvEndpoint],
  fields: [
    { name: 'email', type: 'email', required: true },
    // The address as compared: trimmed and lowercased; one subscriber per address.
    { name: 'emailKey', type: 'text', required: true, unique: true, admin: { hidden: true } },
    { name: 'status', type: 'select', required: true, index: true, options: adminOptions('subscriberStatus', subscriberStatuses) },
    { name: 'locale', type: 'select', required: true, index: true, options: languageOptions() },
    { name: 'themes', type: 'relationship', relationTo: 'themes', hasMany: true },
    { name: 'source', type: 'select', options: adminOptions('subscribeSource', subscribeSources) },
    // When they first subscribed (kept across unsubscribing and coming back, and from an import).
    { name: 'firstSubscribedAt', type: 'date', admin: { readOnly: true } },
    // The latest sign-up request; its confirmation link expires 7 days later.
    { name: 'requestedAt', type: 'date', index: true, admin: { readOnly: true } },
    { name: 'confirmedAt', type: 'date', index: true, admin: { readOnly: true } },
    { name: 'unsubscribedAt', type: 'date', admin: { readOnly: true } },
    { name: 'suspendedAt', type: 'date', admin: { readOnly: true } },
    { name: 'suspendedReason', type: 'select', options: adminOptions('suspendReason', suspendReasons), admin: { readOnly: true } },
    // The confirmation link's token, hashed; it expires with `confirmExpiresAt`.
    { name: 'confirmTokenHash', type: 'text', index: true, admin: { hidden: true } },
    { name: 'confirmExpiresAt', type: 'date', admin: { hidden: true } },
    // The personal preference link's token: hashed for lookup, sealed with the secret for the mails.
    { name: 'tokenHash', type: 'text', required: true, index: true, admin: { hidden: true } },
    { name: 'tokenSealed', type: 'text', required: true, admin: { hidden: true } },
    {
      // GDPR art. 7(1): the controller must be able to demonstrate consent. Appended, never edited.
      name: 'consents',
      type: 'array',
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        { name: 'action', type: 'select', required: true, options: adminOptions('consentAction', consentActions) },
        { name: 'at', type: 'date', required: true },
        { name: 'source', type: 'select', options: adminOptions('subscribeSource', subscribeSources) },
        // Which consent text the person saw (consent-wording.ts keeps every version).
        { name: 'wording', type: 'text' },
        { name: 'locale', type: 'select', options: languageOptions() },
        { name: 'detail', type: 'text' },
      ],
    },
  ],
}

import type { CollectionConfig } from 'payload'
import { isEditor } from '../../../access/is-editor'
import { isOrganiser } from '../../../access/is-organiser'
import { collectionChangeHooks } from '../../../changes/change-hooks'
import { countryCodes } from '../../../fields/countries'
import { adminOptions, languageOptions } from '../../../i18n/admin/admin-options'
import { attendanceModes, registrationStatuses, sectors } from '../vocabulary'

const nobody = () => false

/**
 * People registered for our own events. Personal data: only organisers and editors read it, nobody
 * creates it through the API (the public form calls registerParticipant, which decides the seat
 * under a lock), and it is purged a while after the event (purgeEventData).
 */
export const Registrations: CollectionConfig = {
  slug: 'registrations',
  access: { read: isOrganiser, create: nobody, update: isOrganiser, delete: isEditor },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'event', 'mode', 'status', 'country', 'sector', 'attended', 'queuedAt'],
    listSearchableFields: ['name', 'email', 'organisation'],
  },
  // A seat taken or freed changes the event pages' counts: published like content (ids only).
  hooks: collectionChangeHooks,
  // One registration per address and event; the database enforces it under concurrent posts.
  indexes: [{ fields: ['event', 'emailKey'], unique: true }],
  fields: [
    { name: 'event', type: 'relationship', relationTo: 'events', required: true, index: true, admin: { readOnly: true } },
    { name: 'name', type: 'text', required: true, maxLength: 200 },
    { name: 'email', type: 'email', required: true },
    // The address as compared: trimmed and lowercased.
    { name: 'emailKey', type: 'text', required: true, admin: { hidden: true } },
    { name: 'organisation', type: 'text', maxLength: 200 },
    { name: 'country', type: 'select', options: adminOptions('country', [...countryCodes, 'other']) },
    { name: 'sector', type: 'select', options: adminOptions('sector', sectors) },
    { name: 'mode', type: 'select', required: true, options: adminOptions('attendanceMode', attendanceModes), admin: { readOnly: true } },
    { name: 'status', type: 'select', required: true, index: true, options: adminOptions('registrationStatus', registrationStatuses), admin: { readOnly: true } },
    { name: 'needs', type: 'textarea', maxLength: 1000 },
    { name: 'listConsent', type: 'checkbox', defaultValue: false },
    { name: 'newsletterOptIn', type: 'checkbox', defaultValue: false },
    { name: 'locale', type: 'select', required: true, options: languageOptions(), admin: { readOnly: true } },
    { name: 'attended', type: 'checkbox', defaultValue: false },
    // The personal link's token, hashed: the link itself is only in the participant's mails.
    { name: 'tokenHash', type: 'text', required: true, index: true, admin: { hidden: true } },
    // Sealed with the server's secret so the mail jobs can put the link in each mail.
    { name: 'tokenSealed', type: 'text', required: true, admin: { hidden: true } },
    { name: 'cancelledAt', type: 'date', admin: { readOnly: true } },
    // Place in line: when they registered, or last changed mode or came back after cancelling.
    { name: 'queuedAt', type: 'date', required: true, index: true, admin: { readOnly: true } },
    // Set when that reminder went out (a conditional update): each reminder at most once per person.
    { name: 'remindedDayAt', type: 'date', admin: { hidden: true } },
    { name: 'remindedHourAt', type: 'date', admin: { hidden: true } },
  ],
}

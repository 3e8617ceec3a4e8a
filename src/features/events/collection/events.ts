import type { CollectionConfig } from 'payload'
import { isEditor } from '../../../access/is-editor'
import { isOrganiser, isOrganiserField } from '../../../access/is-organiser'
import { publishedOrOrganiser } from '../../../access/published-or-organiser'
import { collectionChangeHooks } from '../../../changes/change-hooks'
import { adminTitleField } from '../../../fields/admin-title'
import { countriesField, countryCodes } from '../../../fields/countries'
import { httpsUrl } from '../../../fields/https-url'
import { languageCoverageField } from '../../../fields/language-coverage'
import { slugField } from '../../../fields/slug'
import { adminOptions, languageOptions, timeZoneOptions } from '../../../i18n/admin/admin-options'
import { eventFormats, eventKinds, eventStatuses, eventTimeZones, interpretations, zoneCountry } from '../vocabulary'
import { registrationsCsvEndpoint } from '../organisers/registrations-csv-endpoint'
import { bumpSequence } from './bump-sequence'
import { scheduleEventJobs } from './schedule-event-jobs'
import { validateEvent } from './validate-event'

const timeOfDay = /^([01]\d|2[0-3]):[0-5]\d$/
const validTime = (value: unknown): true | string =>
  value === undefined || value === null || value === '' || (typeof value === 'string' && timeOfDay.test(value)) ? true : 'HH:MM'

/**
 * Seminars, webinars and conferences: our own (registration here) and others' (a link to their
 * page). Times are stored as instants; `timeZone` says where the event's clock is.
 */
export const Events: CollectionConfig = {
  slug: 'events',
  access: { read: publishedOrOrganiser, readVersions: isOrganiser, create: isOrganiser, update: isOrganiser, delete: isEditor },
  admin: { useAsTitle: 'adminTitle', defaultColumns: ['adminTitle', 'startsAt', 'format', 'kind', '_status', 'languages'] },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  defaultSort: 'startsAt',
  hooks: {
    ...collectionChangeHooks,
    beforeValidate: [validateEvent],
    beforeChange: [bumpSequence],
    afterChange: [...collectionChangeHooks.afterChange, scheduleEventJobs],
  },
  endpoints: [registrationsCsvEndpoint],
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 200 },
    adminTitleField(),
    languageCoverageField(),
    { name: 'summary', type: 'textarea', localized: true, maxLength: 600 },
    { name: 'description', type: 'richText', localized: true },
    { name: 'kind', type: 'select', required: true, defaultValue: 'own', options: adminOptions('eventKind', eventKinds), admin: { position: 'sidebar' } },
    { name: 'eventStatus', type: 'select', required: true, defaultValue: 'scheduled', options: adminOptions('eventStatus', eventStatuses), admin: { position: 'sidebar' } },
    { name: 'format', type: 'select', required: true, defaultValue: 'inPerson', index: true, options: adminOptions('eventFormat', eventFormats), admin: { position: 'sidebar' } },
    { name: 'startsAt', type: 'date', required: true, index: true, admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'endsAt', type: 'date', required: true, admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'timeZone', type: 'select', required: true, defaultValue: 'Europe/Stockholm', options: timeZoneOptions(eventTimeZones, zoneCountry), admin: { position: 'sidebar' } },
    { name: 'organisers', type: 'relationship', relationTo: 'organisations', hasMany: true },
    { name: 'externalUrl', type: 'text', validate: httpsUrl, admin: { condition: (data) => data?.kind === 'external' } },
    {
      name: 'venue',
      type: 'group',
      admin: { condition: (data) => data?.format !== 'online' },
      fields: [
        { name: 'name', type: 'text', maxLength: 200 },
        { name: 'street', type: 'text', maxLength: 200 },
        { name: 'postalCode', type: 'text', maxLength: 20 },
        { name: 'city', type: 'text', maxLength: 120 },
        { name: 'country', type: 'select', options: adminOptions('country', countryCodes) },
        // A plain link to a map service of the organiser's choice: no embedded third-party map.
        { name: 'mapUrl', type: 'text', validate: httpsUrl },
      ],
    },
    // Never public: only registered participants get it, in their reminder and on their own page.
    { name: 'joinUrl', type: 'text', validate: httpsUrl, access: { read: isOrganiserField }, admin: { condition: (data) => data?.format !== 'inPerson' } },
    { name: 'spokenLanguages', type: 'select', hasMany: true, options: languageOptions() },
    { name: 'interpretation', type: 'select', hasMany: true, options: adminOptions('interpretation', interpretations) },
    { name: 'accessibility', type: 'textarea', localized: true, maxLength: 1000 },
    {
      name: 'programme',
      type: 'array',
      fields: [
        { name: 'startTime', type: 'text', required: true, validate: validTime, admin: { width: '25%' } },
        { name: 'endTime', type: 'text', validate: validTime, admin: { width: '25%' } },
        { name: 'title', type: 'text', localized: true, maxLength: 300 },
        {
          name: 'speakers',
          type: 'array',
          fields: [
            { name: 'name', type: 'text', required: true, maxLength: 200 },
            { name: 'role', type: 'text', localized: true, maxLength: 200 },
            { name: 'organisation', type: 'text', maxLength: 200 },
            { name: 'photo', type: 'upload', relationTo: 'media' },
          ],
        },
      ],
    },
    {
      name: 'registration',
      type: 'group',
      admin: { condition: (data) => data?.kind !== 'external' },
      fields: [
        { name: 'deadline', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'closed', type: 'checkbox', defaultValue: false },
        { name: 'capacityInPerson', type: 'number', min: 0, max: 100_000, admin: { condition: (data) => data?.format !== 'online' } },
        { name: 'capacityOnline', type: 'number', min: 0, max: 100_000, admin: { condition: (data) => data?.format !== 'inPerson' } },
      ],
    },
    // The organisers' tools: counts, CSV, the list, a message, check-in (no data of its own).
    {
      name: 'registrations',
      type: 'ui',
      admin: {
        condition: (data) => data?.kind !== 'external',
        components: { Field: '/features/events/organisers/admin/EventRegistrations#EventRegistrations' },
      },
    },
    {
      name: 'afterwards',
      type: 'group',
      fields: [
        { name: 'slides', type: 'upload', relationTo: 'attachments', hasMany: true, maxRows: 20 },
        { name: 'recordingUrl', type: 'text', validate: httpsUrl },
        { name: 'report', type: 'richText', localized: true },
        { name: 'practices', type: 'relationship', relationTo: 'practices', hasMany: true },
      ],
    },
    { name: 'themes', type: 'relationship', relationTo: 'themes', hasMany: true, admin: { position: 'sidebar' } },
    countriesField,
    // RFC 5545 SEQUENCE: bumped on every published change, so calendars replace their copy.
    { name: 'sequence', type: 'number', defaultValue: 0, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'personalDataPurgedAt', type: 'date', admin: { readOnly: true, position: 'sidebar' } },
    slugField,
  ],
}

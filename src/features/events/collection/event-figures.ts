import type { CollectionConfig } from 'payload'
import { isOrganiser } from '../../../access/is-organiser'

const nobody = () => false

/**
 * What is kept of an event's registrations after the purge: anonymous counts for the yearly
 * figures. Written only by the purge job.
 */
export const EventFigures: CollectionConfig = {
  slug: 'event-figures',
  access: { read: isOrganiser, create: nobody, update: nobody, delete: nobody },
  admin: { useAsTitle: 'eventTitle', defaultColumns: ['eventTitle', 'startsAt', 'format', 'registered', 'attended'] },
  fields: [
    { name: 'event', type: 'relationship', relationTo: 'events', required: true, unique: true },
    { name: 'eventTitle', type: 'text', required: true },
    { name: 'startsAt', type: 'date', required: true, index: true },
    { name: 'format', type: 'text', required: true },
    { name: 'registered', type: 'number', required: true },
    { name: 'attended', type: 'number', required: true },
    // { "inPerson": 120, "online": 310 }, { "SE": 80, … }, { "municipality": 40, … }
    { name: 'byMode', type: 'json', required: true },
    { name: 'byCountry', type: 'json', required: true },
    { name: 'bySector', type: 'json', required: true },
  ],
}

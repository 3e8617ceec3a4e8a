import type { CollectionConfig } from 'payload'
import { isEditor } from '../../../access/is-editor'
import { isOrganiser } from '../../../access/is-organiser'
import { adminOptions } from '../../../i18n/admin/admin-options'
import { queueEventMessage } from './queue-event-message'

export const messageAudiences = ['all', 'inPerson', 'online', 'waitlisted'] as const
export type MessageAudience = (typeof messageAudiences)[number]

/**
 * A message from the organisers to an event's participants (all, one mode, or the waiting list).
 * Saving it queues the sending; the mails go out from the job queue, never from the request.
 */
export const EventMessages: CollectionConfig = {
  slug: 'event-messages',
  access: { read: isOrganiser, create: isOrganiser, update: () => false, delete: isEditor },
  admin: { useAsTitle: 'subject', defaultColumns: ['subject', 'event', 'audience', 'createdAt'] },
  hooks: { afterChange: [queueEventMessage] },
  fields: [
    { name: 'event', type: 'relationship', relationTo: 'events', required: true, index: true, filterOptions: { kind: { equals: 'own' } } },
    { name: 'audience', type: 'select', required: true, defaultValue: 'all', options: adminOptions('audience', messageAudiences) },
    { name: 'subject', type: 'text', required: true, maxLength: 200 },
    { name: 'body', type: 'textarea', required: true, maxLength: 5000 },
  ],
}

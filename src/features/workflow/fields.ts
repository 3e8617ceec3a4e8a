import { adminOptions, languageOptions } from '../../i18n/admin/admin-options'
import type { Field } from 'payload'
import { isEditorField } from '../../access/is-editor'
import { workflowStates } from '../practices/vocabulary'
import { waitingDays } from './waiting-days'

/**
 * Fields every reviewed public contribution carries: its state, a note for the next transition,
 * the recorded history, and the submitter (visible to editors only).
 */
export function workflowFields(): Field[] {
  return [
    {
      name: 'workflowStatus',
      type: 'select',
      required: true,
      defaultValue: 'submitted',
      index: true,
      options: adminOptions('workflow', workflowStates),
      admin: { position: 'sidebar', description: 'Only published items are visible outside the admin.' },
    },
    {
      // Computed on read, not stored: lets the review queue sort and show how long items have waited.
      name: 'waitingDays',
      type: 'number',
      virtual: true,
      access: { read: isEditorField },
      admin: { readOnly: true, position: 'sidebar', description: 'Days since the last status change.' },
      hooks: {
        afterRead: [({ data }) => waitingDays(data?.history as { at?: string }[] | undefined, data?.createdAt as string | undefined)],
      },
    },
    {
      name: 'workflowNote',
      type: 'textarea',
      maxLength: 2000,
      access: { read: isEditorField },
      admin: {
        position: 'sidebar',
        description: 'Message to the submitter or reason, saved with the next status change (required for changes requested and declined).',
      },
    },
    {
      name: 'history',
      type: 'array',
      access: { read: isEditorField, update: () => false, create: () => false },
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        { name: 'from', type: 'text' },
        { name: 'to', type: 'text', required: true },
        { name: 'by', type: 'text', admin: { description: 'Editor e-mail, or "submitter"' } },
        { name: 'at', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'note', type: 'textarea' },
      ],
    },
    {
      name: 'submitter',
      type: 'group',
      access: { read: isEditorField, update: isEditorField },
      admin: { description: 'Who proposed this through the public form. Never shown on the site.' },
      fields: [
        { name: 'name', type: 'text', maxLength: 200 },
        { name: 'email', type: 'email' },
        { name: 'locale', type: 'select', options: languageOptions() },
        { name: 'reference', type: 'text', index: true, admin: { readOnly: true } },
        { name: 'tokenHash', type: 'text', index: true, admin: { hidden: true } },
        { name: 'tokenSealed', type: 'text', admin: { hidden: true } },
      ],
    },
  ]
}

import { adminOptions, languageOptions } from '../../../i18n/admin/admin-options'
import type { CollectionConfig } from 'payload'
import { isEditor } from '../../../access/is-editor'
import { publishedWorkflowOrEditor } from '../../../access/published-workflow-or-editor'
import { collectionChangeHooks } from '../../../changes/change-hooks'
import { countryCodes } from '../../../fields/countries'
import { workflowFields } from '../../workflow/fields'
import { notifySubmitter } from '../../workflow/hooks/notify-submitter'
import { recordTransition } from '../../workflow/hooks/record-transition'

/**
 * "We did this too": a municipality's report that it adopted a practice, with what it changed and
 * what came of it. Reviewed like a proposal; published reports show on the practice page.
 */
export const Replications: CollectionConfig = {
  slug: 'replications',
  access: { read: publishedWorkflowOrEditor, create: isEditor, update: isEditor, delete: isEditor },
  admin: { useAsTitle: 'municipality', defaultColumns: ['municipality', 'practice', 'workflowStatus', 'waitingDays', 'createdAt'] },
  hooks: {
    beforeChange: [recordTransition],
    afterChange: [...collectionChangeHooks.afterChange, notifySubmitter],
    afterDelete: collectionChangeHooks.afterDelete,
  },
  fields: [
    { name: 'practice', type: 'relationship', relationTo: 'practices', required: true, index: true },
    { name: 'municipality', type: 'text', required: true, maxLength: 120 },
    {
      name: 'country',
      type: 'select',
      required: true,
      options: adminOptions('country', countryCodes),
    },
    { name: 'startDate', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
    { name: 'language', type: 'select', options: languageOptions() },
    { name: 'changes', type: 'textarea', required: true, maxLength: 3000 },
    { name: 'outcomes', type: 'textarea', required: true, maxLength: 3000 },
    ...workflowFields(),
  ],
}

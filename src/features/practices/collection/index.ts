import type { CollectionConfig, Field } from 'payload'
import { isEditor, isEditorField } from '../../../access/is-editor'
import { publishedWorkflowOrEditor } from '../../../access/published-workflow-or-editor'
import { hasRole } from '../../../access/roles'
import { collectionChangeHooks } from '../../../changes/change-hooks'
import { countryCodes } from '../../../fields/countries'
import { httpsUrl } from '../../../fields/https-url'
import { requiredInOriginalLanguage } from '../../../fields/required-in-original-language'
import { adminTitleField } from '../../../fields/admin-title'
import { languageCoverageField } from '../../../fields/language-coverage'
import { slugField } from '../../../fields/slug'
import { adminOptions, languageOptions } from '../../../i18n/admin/admin-options'
import { adminText } from '../../../i18n/admin/admin-text'
import { workflowFields } from '../../workflow/fields'
import { notifySubmitter } from '../../workflow/hooks/notify-submitter'
import { recordTransition } from '../../workflow/hooks/record-transition'
import { guardPublishing } from '../publishing/guard-publishing'
import { linkProposedOrganisation } from '../publishing/link-proposed-organisation'
import { actorTypes, evaluationTypes, evidenceLevels, qualityCriteria, runStates, targetGroups } from '../vocabulary'

const longText = (name: string, maxLength = 4000): Field => ({ name, type: 'textarea', localized: true, maxLength })
const richText = (name: string): Field => ({ name, type: 'richText', localized: true })

/** A good practice in the idea bank: a structured, localized record, published after review. */
export const Practices: CollectionConfig = {
  slug: 'practices',
  access: { read: publishedWorkflowOrEditor, create: isEditor, update: isEditor, delete: isEditor },
  admin: {
    useAsTitle: 'adminTitle',
    defaultColumns: ['adminTitle', 'country', 'workflowStatus', 'waitingDays', 'createdAt', 'languages'],
    listSearchableFields: ['adminTitle', 'summary', 'municipality'],
    // The review queue itself is on the dashboard (features/dashboard), oldest first.
    description: adminText(
      'Good practices of the idea bank. Proposals waiting for review are listed on the dashboard, the longest waiting first.',
      'Idébankens goda exempel. Förslag som väntar på granskning listas på översiktssidan, det som väntat längst först.',
      'Idébankens gode eksempler. Forslag som venter på vurdering, står på oversiktssiden, det som har ventet lengst først.',
      'Idébankens gode eksempler. Forslag, der venter på vurdering, står på oversigtssiden, det der har ventet længst først.',
      'Ideapankin hyvät käytännöt. Käsittelyä odottavat ehdotukset ovat kojelaudalla, pisimpään odottanut ensin.',
      'Góð dæmi hugmyndabankans. Tillögur sem bíða yfirferðar eru á yfirlitssíðunni, sú sem hefur beðið lengst fyrst.',
    ),
  },
  hooks: {
    beforeChange: [linkProposedOrganisation, guardPublishing, recordTransition],
    afterChange: [...collectionChangeHooks.afterChange, notifySubmitter],
    afterDelete: collectionChangeHooks.afterDelete,
  },
  fields: [
    { name: 'title', type: 'text', localized: true, validate: requiredInOriginalLanguage(120) },
    adminTitleField(),
    languageCoverageField(),
    { name: 'summary', type: 'textarea', localized: true, validate: requiredInOriginalLanguage(600) },
    slugField,
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Description',
          fields: [
            richText('challenge'),
            richText('goals'),
            richText('howItWorks'),
            richText('results'),
            longText('participantVoice', 1000),
            richText('transferability'),
            longText('dos', 2000),
            longText('donts', 2000),
          ],
        },
        {
          label: 'Facts',
          fields: [
            { name: 'country', type: 'select', required: true, index: true, options: adminOptions('country', countryCodes) },
            { name: 'region', type: 'text', maxLength: 120 },
            { name: 'municipality', type: 'text', maxLength: 120, admin: { description: 'Empty for national practices.' } },
            { name: 'organisations', type: 'relationship', relationTo: 'organisations', hasMany: true },
            {
              // What the submitter typed in the proposal form; the editor turns it into a directory entry.
              name: 'proposedOrganisation',
              type: 'text',
              maxLength: 200,
              access: { read: isEditorField, update: isEditorField },
            },
            {
              // Not stored: a one-step action, handled by linkProposedOrganisation on save.
              name: 'linkProposedOrganisation',
              type: 'checkbox',
              virtual: true,
              access: { read: isEditorField, update: isEditorField },
              admin: {
                // Payload makes virtual fields read-only unless told otherwise; this one is an action.
                readOnly: false,
                condition: (data) => typeof data?.proposedOrganisation === 'string' && data.proposedOrganisation.trim() !== '',
              },
            },
            { name: 'partners', type: 'textarea', maxLength: 1000 },
            { name: 'themes', type: 'relationship', relationTo: 'themes', hasMany: true },
            { name: 'targetGroups', type: 'select', hasMany: true, options: adminOptions('target', targetGroups) },
            { name: 'actorType', type: 'select', options: adminOptions('actor', actorTypes) },
            { name: 'startDate', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
            { name: 'endDate', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
            { name: 'runState', type: 'select', defaultValue: 'ongoing', options: adminOptions('runState', runStates) },
            { name: 'originalLanguage', type: 'select', options: languageOptions() },
          ],
        },
        {
          label: 'Evaluation',
          fields: [
            { name: 'evaluation', type: 'select', defaultValue: 'none', options: adminOptions('evaluation', evaluationTypes) },
            { name: 'evidenceLevel', type: 'select', defaultValue: 'emerging', options: adminOptions('evidence', evidenceLevels) },
            longText('indicators', 2000),
            longText('resources', 2000),
          ],
        },
        {
          label: 'Contact and links',
          fields: [
            {
              name: 'contact',
              type: 'group',
              // Contact details are public only when the practice owner agreed to it.
              access: { read: ({ req, doc }) => hasRole(req.user, 'admin', 'editor') || doc?.contact?.consent === true },
              fields: [
                { name: 'name', type: 'text', maxLength: 200 },
                { name: 'role', type: 'text', maxLength: 200 },
                { name: 'email', type: 'email' },
                { name: 'phone', type: 'text', maxLength: 40 },
                { name: 'consent', type: 'checkbox', label: 'May be shown on the site', defaultValue: false },
              ],
            },
            {
              name: 'links',
              type: 'array',
              maxRows: 10,
              fields: [
                { name: 'label', type: 'text', required: true, maxLength: 200 },
                { name: 'url', type: 'text', required: true, validate: httpsUrl },
              ],
            },
            { name: 'attachments', type: 'upload', relationTo: 'attachments', hasMany: true, maxRows: 10 },
          ],
        },
        {
          label: 'Review',
          fields: [
            {
              name: 'criteriaMet',
              type: 'select',
              hasMany: true,
              options: adminOptions('criterion', qualityCriteria),
              admin: { description: 'Tick the published quality criteria this practice meets.' },
              access: { update: isEditorField },
            },
            {
              name: 'criteriaOverride',
              type: 'textarea',
              maxLength: 1000,
              access: { read: isEditorField, update: isEditorField },
            },
            ...workflowFields(),
          ],
        },
      ],
    },
  ],
}

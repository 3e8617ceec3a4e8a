import type { CollectionConfig } from 'payload'
import { isEditor } from '../../../access/is-editor'
import { sentOrEditor } from '../../../access/sent-or-editor'
import { collectionChangeHooks } from '../../../changes/change-hooks'
import { adminTitleField } from '../../../fields/admin-title'
import { languageCoverageField } from '../../../fields/language-coverage'
import { slugField } from '../../../fields/slug'
import { titleRequiredOnCreate } from '../../../fields/title-required-on-create'
import { adminOptions } from '../../../i18n/admin/admin-options'
import { adminText } from '../../../i18n/admin/admin-text'
import { issueEndpoints } from '../compose/issue-endpoints'
import { issueStatuses } from '../vocabulary'

const titleNeeded = adminText(
  'Give the issue a subject line.',
  'Ge nyhetsbrevet en ämnesrad.',
  'Gi nyhetsbrevet en emnelinje.',
  'Giv nyhedsbrevet en emnelinje.',
  'Anna uutiskirjeelle aiherivi.',
  'Gefðu fréttabréfinu efnislínu.',
)

/**
 * A newsletter issue, one version per language. Readers see it in the archive once sent. The
 * status is set by the send actions (schedule, send), never typed; the counts are the send's.
 */
export const NewsletterIssues: CollectionConfig = {
  slug: 'newsletter-issues',
  access: { read: sentOrEditor, create: isEditor, update: isEditor, delete: isEditor },
  admin: { useAsTitle: 'adminTitle', defaultColumns: ['adminTitle', 'status', 'scheduledAt', 'sentAt', 'languages'] },
  graphQL: { singularName: 'NewsletterIssue', pluralName: 'NewsletterIssues' },
  defaultSort: '-createdAt',
  hooks: collectionChangeHooks,
  endpoints: issueEndpoints,
  fields: [
    // The subject line, and the archive page's title.
    { name: 'title', type: 'text', localized: true, maxLength: 150, validate: titleRequiredOnCreate(150, titleNeeded) },
    adminTitleField(),
    languageCoverageField(),
    // The first line mail clients show after the subject.
    { name: 'preheader', type: 'textarea', localized: true, maxLength: 200 },
    { name: 'body', type: 'richText', localized: true },
    { name: 'status', type: 'select', defaultValue: 'draft', index: true, options: adminOptions('issueStatus', issueStatuses), admin: { readOnly: true, position: 'sidebar' } },
    {
      // The actions (digest, preview, test, schedule): not stored, only shown.
      name: 'actions',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/features/newsletter/compose/admin/IssueActions#IssueActions' } },
    },
    { name: 'scheduledAt', type: 'date', admin: { position: 'sidebar', readOnly: true } },
    { name: 'sentAt', type: 'date', index: true, admin: { position: 'sidebar', readOnly: true } },
    // The digest covered what was published from this time (the previous issue's sending).
    { name: 'digestSince', type: 'date', admin: { position: 'sidebar', readOnly: true } },
    {
      name: 'counts',
      type: 'group',
      admin: { readOnly: true, position: 'sidebar' },
      fields: [
        { name: 'recipients', type: 'number' },
        { name: 'delivered', type: 'number' },
        { name: 'failed', type: 'number' },
        { name: 'uncertain', type: 'number' },
      ],
    },
    slugField,
  ],
}

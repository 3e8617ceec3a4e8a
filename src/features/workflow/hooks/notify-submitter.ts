import type { CollectionAfterChangeHook } from 'payload'
import { sendSubmitterEmail, type Notice } from '../emails'

const notices: Record<string, Notice | undefined> = {
  'changes-requested': 'changes-requested',
  published: 'published',
  declined: 'declined',
}

type Submitter = { email?: string | null; locale?: string | null; reference?: string | null; tokenSealed?: string | null }
type History = { note?: string | null }[]

/**
 * Tells the submitter when an editor asks for changes, publishes or declines their contribution,
 * with the editor's note and their private link (the token is stored sealed with the secret).
 */
export const notifySubmitter: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, collection, context }) => {
  if (context.seeding) return doc
  const notice = notices[doc.workflowStatus as string]
  const submitter = doc.submitter as Submitter | undefined
  if (operation !== 'update' || !notice || previousDoc?.workflowStatus === doc.workflowStatus) return doc
  if (!submitter?.email || !submitter.tokenSealed) return doc
  const base = req.payload.config.serverURL
  const locale = submitter.locale ?? 'en'
  const token = req.payload.decrypt(submitter.tokenSealed)
  const title = typeof doc.title === 'string' ? doc.title : String(doc.municipality ?? doc.id)
  await sendSubmitterEmail({
    payload: req.payload,
    to: submitter.email,
    locale,
    notice,
    title,
    reference: submitter.reference ?? String(doc.id),
    statusUrl: `${base}/${locale}/submissions/${token}`,
    publicUrl: collection.slug === 'practices' && typeof doc.slug === 'string' ? `${base}/${locale}/practices/${doc.slug}` : undefined,
    note: (doc.history as History | undefined)?.at(-1)?.note,
  })
  return doc
}

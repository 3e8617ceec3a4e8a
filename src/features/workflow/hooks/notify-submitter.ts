import type { CollectionAfterChangeHook } from 'payload'
import { queueSubmitterMail } from '../../../jobs/queue-submitter-mail'
import type { Notice } from '../emails'

const notices: Record<string, Notice | undefined> = {
  'changes-requested': 'changes-requested',
  published: 'published',
  declined: 'declined',
}

type Submitter = { email?: string | null; tokenSealed?: string | null }
type History = { note?: string | null }[]

/**
 * Tells the submitter when an editor asks for changes, publishes or declines their contribution,
 * with the editor's note and their private link. Only queues the mail, inside the editor's
 * transaction: an SMTP outage can never fail the editor's action.
 */
export const notifySubmitter: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, collection, context }) => {
  if (context.seeding) return doc
  const notice = notices[doc.workflowStatus as string]
  const submitter = doc.submitter as Submitter | undefined
  if (operation !== 'update' || !notice || previousDoc?.workflowStatus === doc.workflowStatus) return doc
  if (!submitter?.email || !submitter.tokenSealed) return doc
  const title = typeof doc.title === 'string' ? doc.title : String(doc.municipality ?? doc.id)
  await queueSubmitterMail(
    req.payload,
    { collection: collection.slug as 'practices' | 'replications', id: Number(doc.id), notice, title, note: (doc.history as History | undefined)?.at(-1)?.note },
    req,
  )
  return doc
}

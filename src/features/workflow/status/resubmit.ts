import type { Payload } from 'payload'
import { textToRichText } from '../../../web/forms/rich-text-field'
import type { ProposalText } from '../../practices/submit/validate-proposal'
import type { ReplicationText } from '../../replications/validate-replication'
import type { Submission } from './find-submission-by-token'

/**
 * The submitter's updated texts, sent back for review: allowed only while editors have asked for
 * changes. Saved as the submitter (context.actor), so the workflow hook checks the transition
 * changes-requested → submitted and records it in the history. Returns false when not allowed.
 */
export async function resubmit(payload: Payload, submission: Submission, update: ProposalText | ReplicationText): Promise<boolean> {
  if (submission.status !== 'changes-requested') return false
  if (submission.kind === 'practice' && 'title' in update) {
    await payload.update({
      collection: 'practices',
      id: submission.id,
      locale: submission.language,
      data: {
        title: update.title,
        summary: update.summary,
        challenge: textToRichText(update.challenge),
        howItWorks: textToRichText(update.howItWorks),
        results: textToRichText(update.results),
        transferability: textToRichText(update.transferability),
        workflowStatus: 'submitted',
      },
      overrideAccess: true,
      context: { actor: 'submitter' },
    })
    return true
  }
  if (submission.kind === 'replication' && 'changes' in update) {
    await payload.update({
      collection: 'replications',
      id: submission.id,
      data: { changes: update.changes, outcomes: update.outcomes, workflowStatus: 'submitted' },
      overrideAccess: true,
      context: { actor: 'submitter' },
    })
    return true
  }
  return false
}

import type { Payload } from 'payload'
import type { WorkflowState } from '../../features/practices/vocabulary'
import type { SubmissionSeed } from '../data/practice-types'
import { createPractice, type PracticeRefs } from './create-practice'

/** The editor steps that lead from "submitted" to each demo state. */
const path: Record<SubmissionSeed['state'], WorkflowState[]> = {
  submitted: [],
  'in-review': ['in-review'],
  'changes-requested': ['in-review', 'changes-requested'],
  declined: ['declined'],
}

/** A public proposal as it would arrive through the form, moved along the workflow like an editor would. */
export async function createSubmission(payload: Payload, seed: SubmissionSeed, refs: PracticeRefs): Promise<number> {
  const id = await createPractice(payload, { ...seed.practice, criteriaMet: [] }, refs, 'submitted', {
    submitter: { name: seed.submitter.name, email: seed.submitter.email, locale: seed.submitter.locale },
    proposedOrganisation: seed.proposedOrganisation,
  })
  for (const to of path[seed.state]) {
    await payload.update({
      collection: 'practices',
      id,
      // Required localized fields are validated in the locale saved: use the proposal's language.
      locale: seed.practice.originalLanguage,
      data: { workflowStatus: to, workflowNote: to === 'in-review' ? '' : (seed.note ?? 'See the editor’s note.') },
      overrideAccess: true,
      context: { seeding: true },
    })
  }
  return id
}

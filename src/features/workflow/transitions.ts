import type { WorkflowState } from '../practices/vocabulary'

/**
 * Which editorial transitions exist. Editors and admins make all of them in the admin; the
 * submitter can only send a changes-requested item back for review (through the private link).
 */
const allowed: Record<WorkflowState, readonly WorkflowState[]> = {
  submitted: ['in-review', 'declined'],
  'in-review': ['changes-requested', 'published', 'declined'],
  'changes-requested': ['in-review', 'submitted', 'declined'],
  published: ['in-review'],
  declined: ['in-review'],
}

export type Actor = 'editor' | 'submitter'

export function canTransition(from: WorkflowState, to: WorkflowState, actor: Actor): boolean {
  if (from === to) return true
  if (actor === 'submitter') return from === 'changes-requested' && to === 'submitted'
  return allowed[from].includes(to)
}

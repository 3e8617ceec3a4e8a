import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import type { WorkflowState } from '../../practices/vocabulary'
import { canTransition, type Actor } from '../transitions'

type HistoryEntry = { from?: string | null; to: string; by?: string | null; at: string; note?: string | null }

/**
 * Validates a change of workflowStatus and appends it to the history (who, when, note). The history
 * is always rebuilt from the stored document, so nobody can rewrite it through the API.
 * Domain functions acting for the submitter pass context.actor = 'submitter'.
 */
export const recordTransition: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, context }) => {
  const previous: HistoryEntry[] = (originalDoc?.history as HistoryEntry[] | undefined) ?? []
  const from = (operation === 'create' ? undefined : originalDoc?.workflowStatus) as WorkflowState | undefined
  const to = (data.workflowStatus ?? from ?? 'submitted') as WorkflowState
  const actor: Actor = context.actor === 'submitter' ? 'submitter' : 'editor'
  const note = typeof data.workflowNote === 'string' ? data.workflowNote.trim() : ''
  data.history = previous
  if (from === to) return data
  if (from && !canTransition(from, to, actor)) {
    throw new ValidationError({ errors: [{ path: 'workflowStatus', message: `An item that is "${from}" cannot become "${to}".` }] })
  }
  if (actor === 'editor' && from && (to === 'changes-requested' || to === 'declined') && !note) {
    throw new ValidationError({
      errors: [{ path: 'workflowNote', message: 'Write a message to the submitter: what should change, or why it was declined.' }],
    })
  }
  const by = actor === 'submitter' ? 'submitter' : (req.user?.email ?? 'system')
  data.history = [...previous, { from: from ?? null, to, by, at: new Date().toISOString(), note: note || null }]
  data.workflowNote = ''
  return data
}

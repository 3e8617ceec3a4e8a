import type { Access } from 'payload'
import { hasRole } from './roles'

/** Reviewed public contributions: editors read everything, others only what is published. */
export const publishedWorkflowOrEditor: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  return { workflowStatus: { equals: 'published' } }
}

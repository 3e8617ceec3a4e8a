import type { Access } from 'payload'
import { hasRole } from './roles'

/** Editors read drafts; everyone else reads only published documents. */
export const publishedOrEditor: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  return { _status: { equals: 'published' } }
}

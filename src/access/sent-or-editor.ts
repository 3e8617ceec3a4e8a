import type { Access } from 'payload'
import { hasRole } from './roles'

/** Newsletter issues: editors read every issue; everyone else only those sent (the archive). */
export const sentOrEditor: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  return { status: { equals: 'sent' } }
}

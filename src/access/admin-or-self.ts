import type { Access } from 'payload'
import { hasRole } from './roles'

/** Admins manage all accounts; other users see and edit only their own. */
export const adminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (req.user) return { id: { equals: req.user.id } }
  return false
}

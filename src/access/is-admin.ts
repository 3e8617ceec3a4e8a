import type { Access, FieldAccess } from 'payload'
import { hasRole } from './roles'

export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')

/** For fields only an admin may set, such as a user's roles. */
export const isAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')

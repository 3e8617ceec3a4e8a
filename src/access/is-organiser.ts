import type { Access, FieldAccess } from 'payload'
import { hasRole } from './roles'

/**
 * Organisers run events: they see and manage events and their registrations, nothing else.
 * Editors and admins can do everything organisers can.
 */
export const isOrganiser: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'organiser')

/** For event fields only organisers may see (the online join link). */
export const isOrganiserField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor', 'organiser')

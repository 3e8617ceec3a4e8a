import type { Access } from 'payload'
import { hasRole } from './roles'

/** Any signed-in role may open the admin panel; what they see there is limited per collection. */
export const isStaff: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'moderator', 'expert')

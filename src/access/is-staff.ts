import type { PayloadRequest } from 'payload'
import { hasRole } from './roles'

/**
 * Any signed-in role may open the admin panel; what they see there is limited per collection.
 * Returns a plain boolean, as the admin-panel rule requires (it also fits any collection rule).
 */
export const isStaff = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, 'admin', 'editor', 'organiser', 'moderator', 'expert')

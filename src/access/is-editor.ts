import type { Access } from 'payload'
import { hasRole } from './roles'

/** Editors run the site's content; admins can do everything editors can. */
export const isEditor: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')

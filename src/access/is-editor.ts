import type { Access, FieldAccess } from 'payload'
import { hasRole } from './roles'

/** Editors run the site's content; admins can do everything editors can. */
export const isEditor: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')

/** For fields only editors may see or change (submitter details, review notes). */
export const isEditorField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor')

import type { Access } from 'payload'
import { hasRole } from './roles'

/** Organisers and editors read drafts of events; everyone else reads only published ones. */
export const publishedOrOrganiser: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor', 'organiser')) return true
  return { _status: { equals: 'published' } }
}

import type { PayloadRequest } from 'payload'
import { hasRole } from '../../access/roles'

/**
 * The refusal for a newsletter endpoint that only editors and admins may use (subscribers are
 * personal data): 401 for an anonymous caller, 403 for a signed-in user of another role;
 * undefined when the caller may go on.
 */
export function refuseNonEditor(req: PayloadRequest): Response | undefined {
  if (!req.user) return Response.json({ errors: [{ message: 'Unauthorized' }] }, { status: 401 })
  if (!hasRole(req.user, 'admin', 'editor')) return Response.json({ errors: [{ message: 'Forbidden' }] }, { status: 403 })
  return undefined
}

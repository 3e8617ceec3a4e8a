import type { FastifyInstance } from 'fastify'
import { registerFormScope, type FormLimits } from '../../../web/forms/form-scope'
import type { Deps } from '../../../web/public-page'
import { attachmentMaxBytes } from '../../attachments/collection'
import { registerProposalRoutes } from '../../practices/submit/routes'
import { registerReplicationRoutes } from '../../replications/routes'
import { registerStatusRoutes } from './routes'

/** Limits of every public form post: files as large as an attachment may be, 5 of them, 60 fields of 20 KB. */
export const publicFormLimits: FormLimits = { fileSize: attachmentMaxBytes, files: 5, fields: 60, fieldSize: 20 * 1024 }

/**
 * The public contribution side of the idea bank, in one form scope (multipart and urlencoded
 * parsing only there): proposing a practice, reporting a replication, the private status page.
 */
export function registerSubmissionRoutes(app: FastifyInstance, deps: Deps): void {
  registerFormScope(app, publicFormLimits, (scope) => {
    registerProposalRoutes(scope, deps, publicFormLimits)
    registerReplicationRoutes(scope, deps, publicFormLimits)
    registerStatusRoutes(scope, deps, publicFormLimits)
  })
}

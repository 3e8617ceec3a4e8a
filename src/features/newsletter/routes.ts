import type { FastifyInstance } from 'fastify'
import type { Deps } from '../../web/public-page'
import { registerArchiveRoutes } from './archive/routes'
import { registerSubscriptionRoutes } from './subscription/routes'

/** The newsletter's public routes: sign-up and the subscriber's own pages, and the archive. */
export function registerNewsletterRoutes(app: FastifyInstance, deps: Deps): void {
  registerSubscriptionRoutes(app, deps)
  registerArchiveRoutes(app, deps)
}

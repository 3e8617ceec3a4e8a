import { withAdminLabels } from '../i18n/admin/with-admin-labels'
import type { Config, TaskConfig } from 'payload'
import { hasRole } from '../access/roles'
import { tasksOf } from '../capabilities/compose'
import { jobsCollection } from './collection'

type JobsConfig = NonNullable<Config['jobs']>
export type TaskHandlers = Partial<Record<string, TaskConfig['handler']>>

/**
 * The durable job queue. Jobs are rows in the database, enqueued inside the editor's transaction and
 * run by this project's runners (src/jobs/runner), not by Payload's autoRun: in 3.90.1 two of
 * Payload's runners can claim the same job. Only admins may trigger runs or queue through the API.
 */
export function jobsConfig(handlers: TaskHandlers = {}): JobsConfig {
  const adminOnly = ({ req }: { req: { user?: unknown } }) => hasRole(req.user as Parameters<typeof hasRole>[0], 'admin')
  return {
    // Every capability's tasks, from the registry (capabilities/registry.ts).
    tasks: tasksOf().map((task) => ({ ...task, handler: handlers[task.slug] ?? task.handler })),
    access: { run: adminOnly, queue: adminOnly, cancel: adminOnly },
    jobsCollectionOverrides: ({ defaultJobsCollection }) => withAdminLabels(jobsCollection(defaultJobsCollection)),
  }
}

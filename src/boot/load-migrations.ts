import type { Payload } from 'payload'
import type { Env } from '../config/env'

export type Migrations = NonNullable<NonNullable<Parameters<Payload['db']['migrate']>[0]>['migrations']>

/**
 * The generated migrations of one dialect. Imported by a computed path on purpose: the generated
 * files use drizzle types that clash across Payload's two adapters, so they stay out of typecheck.
 */
export async function loadMigrations(dialect: Env['dialect']): Promise<Migrations> {
  // A template literal: esbuild bundles every dialect's index for the compiled server (dist/).
  const mod = (await import(`../migrations/${dialect}/index.ts`)) as { migrations: Migrations }
  return mod.migrations
}

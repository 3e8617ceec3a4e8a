import { getPayload, type Payload } from 'payload'
import { buildPayloadConfig } from '../config/build-payload-config'
import type { Env } from '../config/env'

type Migrations = NonNullable<NonNullable<Parameters<Payload['db']['migrate']>[0]>['migrations']>

/**
 * The generated migrations of one dialect. Imported by a computed path on purpose: the generated
 * files use drizzle types that clash across Payload's two adapters, so they stay out of typecheck.
 */
async function loadMigrations(dialect: Env['dialect']): Promise<Migrations> {
  // A template literal: esbuild bundles every dialect's index for the compiled server (dist/).
  const mod = (await import(`../migrations/${dialect}/index.ts`)) as { migrations: Migrations }
  return mod.migrations
}

/** Starts Payload for an environment and applies any pending migrations of its dialect. */
export async function startPayload(config: Env, key?: string): Promise<Payload> {
  const payload = await getPayload({ config: buildPayloadConfig(config), key })
  await payload.db.migrate({ migrations: await loadMigrations(config.dialect) })
  return payload
}

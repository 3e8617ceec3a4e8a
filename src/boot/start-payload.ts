import { getPayload, type Payload } from 'payload'
import { buildPayloadConfig, type ConfigOptions } from '../config/build-payload-config'
import type { Env } from '../config/env'
import { startChangeStream } from '../changes/start-change-stream'
import { rememberPayloadKey } from './payload-key'

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

/**
 * Starts Payload for an environment, applies any pending migrations of its dialect and starts the
 * content-change stream (before any content is read, so no committed change is missed).
 */
export async function startPayload(config: Env, key?: string, options?: ConfigOptions): Promise<Payload> {
  const payload = await getPayload({ config: buildPayloadConfig(config, options), key })
  rememberPayloadKey(payload, key)
  await payload.db.migrate({ migrations: await loadMigrations(config.dialect) })
  await startChangeStream(payload, config)
  return payload
}

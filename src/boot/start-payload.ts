import { getPayload, type Payload } from 'payload'
import { buildPayloadConfig, type ConfigOptions } from '../config/build-payload-config'
import type { Env } from '../config/env'
import { startChangeStream } from '../changes/start-change-stream'
import { loadMigrations } from './load-migrations'
import { quietClientErrors } from './quiet-client-errors'
import { rememberPayloadKey } from './payload-key'

/**
 * Starts Payload for an environment, applies any pending migrations of its dialect and starts the
 * content-change stream (before any content is read, so no committed change is missed).
 */
export async function startPayload(config: Env, key?: string, options?: ConfigOptions): Promise<Payload> {
  const payload = await getPayload({ config: buildPayloadConfig(config, options), key })
  rememberPayloadKey(payload, key)
  quietClientErrors(payload.logger)
  await payload.db.migrate({ migrations: await loadMigrations(config.dialect) })
  await startChangeStream(payload, config)
  return payload
}

import type { Payload } from 'payload'
import type { Env } from '../config/env'
import { ensureFirstAdmin } from './ensure-first-admin'
import { startPayload } from './start-payload'
import { withStartupLock } from './with-startup-lock'

/**
 * Starts this instance's Payload and does the once-per-database start-up work (migrations, first
 * admin, demo content) under the start-up lock, so instances started together do it once.
 */
export async function startInstance(env: Env, log: (msg: string) => void, key?: string): Promise<Payload> {
  return withStartupLock(env, async () => {
    const payload = await startPayload(env, key)
    log('migrations applied')
    const admin = await ensureFirstAdmin(payload, env)
    if (admin === 'created') log(`first admin created: ${env.adminEmail}`)
    if (admin === 'not-configured') log('no users yet: open /admin to create the first admin')
    if (env.seed === 'demo') {
      // Loaded only when asked for: the demo content is a chunk of its own, not part of the server.
      const { seedIfEmpty } = await import('../seed/seed-if-empty')
      if (await seedIfEmpty(payload, log)) log('demo content loaded')
    }
    return payload
  })
}

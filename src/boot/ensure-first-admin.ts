import type { Payload } from 'payload'
import type { Env } from '../config/env'

/** Creates the first admin from ADMIN_EMAIL/ADMIN_PASSWORD when there is no user yet. */
export async function ensureFirstAdmin(payload: Payload, config: Env): Promise<'created' | 'exists' | 'not-configured'> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return 'exists'
  if (!config.adminEmail || !config.adminPassword) return 'not-configured'
  await payload.create({
    collection: 'users',
    data: { email: config.adminEmail, password: config.adminPassword, name: 'Administrator', roles: ['admin'] },
    overrideAccess: true,
  })
  return 'created'
}

import type { Payload } from 'payload'
import { seedDemo } from './seed-demo'

/** Seeds only a database with no content at all, so a restart never duplicates or overwrites. */
export async function seedIfEmpty(payload: Payload, log: (msg: string) => void): Promise<boolean> {
  const [themes, news] = await Promise.all([
    payload.count({ collection: 'themes', overrideAccess: true }),
    payload.count({ collection: 'news', overrideAccess: true }),
  ])
  if (themes.totalDocs > 0 || news.totalDocs > 0) return false
  await seedDemo(payload, log)
  return true
}

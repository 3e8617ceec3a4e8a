import { Forbidden, type ClientUser, type CollectionSlug, type Payload, type TypedUser } from 'payload'

export type CollectionCount = { collection: CollectionSlug; count: number }

/**
 * For the dashboard: per collection in `slugs` that the admin shows this user, the number of
 * documents the user may read, counted with the user's own access (so an author counts only
 * what is theirs, and a collection the user may not read is left out).
 */
export async function countCollections(payload: Payload, user: TypedUser | null, slugs: readonly string[]): Promise<CollectionCount[]> {
  const counts: CollectionCount[] = []
  for (const slug of slugs) {
    const config = payload.collections[slug as CollectionSlug]?.config
    if (!config) continue
    const hidden = config.admin?.hidden
    if (hidden === true || (typeof hidden === 'function' && hidden({ user: user as ClientUser }))) continue
    try {
      const { totalDocs } = await payload.count({ collection: config.slug, overrideAccess: false, user })
      counts.push({ collection: config.slug, count: totalDocs })
    } catch (error) {
      // Access said no to the whole collection: it is not on this user's dashboard either.
      if (error instanceof Forbidden) continue
      throw error
    }
  }
  return counts
}

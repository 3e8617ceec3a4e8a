import { isKnownSlug } from '../cache/known-slugs'
import type { SlugCollection } from '../capabilities/registry'
import { publishedOnly } from './published-only'
import type { ReadContext } from './read-context'

/**
 * One document by slug with every language (locale "all"), read as the reader: published only,
 * unless an editor previews drafts. Shared by the detail pages of all capabilities; the collections
 * are those the registry marks `bySlug`.
 */
export async function findBySlug<C extends SlugCollection>(ctx: ReadContext, collection: C, slug: string, depth = 1) {
  // Anonymous readers see published documents only: an unknown slug needs no query.
  if (!ctx.user && !ctx.draft && isKnownSlug(ctx.payload, collection, slug) === false) return undefined
  const result = await ctx.payload.find({
    collection,
    locale: 'all',
    where: { and: [{ slug: { equals: slug } }, publishedOnly(ctx, collection)] },
    limit: 1,
    depth,
    draft: ctx.draft,
    overrideAccess: false,
    user: ctx.user,
  })
  return result.docs[0]
}

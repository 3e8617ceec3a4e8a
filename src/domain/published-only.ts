import type { CollectionSlug, Where } from 'payload'
import type { ReadContext } from './read-context'

/**
 * The filter that keeps drafts out of what a reader sees unless they preview. Access control already
 * hides drafts from anonymous readers, but staff may read them: a logged-in editor browsing the
 * site without ?preview=true must see the published site, like everyone else.
 */
export function publishedOnly(ctx: ReadContext, collection: CollectionSlug): Where {
  const versions = ctx.payload.collections[collection]?.config.versions
  const hasDrafts = typeof versions === 'object' && versions !== null && Boolean(versions.drafts)
  return hasDrafts && !ctx.draft ? { _status: { equals: 'published' } } : {}
}

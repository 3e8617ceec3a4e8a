import type { Payload } from 'payload'
import { GenerationMemo } from '../cache/generation-memo'

export type SlugCollection = 'news' | 'pages' | 'practices' | 'organisations'

const memos = new WeakMap<Payload, Map<SlugCollection, GenerationMemo<Set<string>>>>()

/** Every slug an anonymous reader can see in a collection (published only), one query for all. */
async function loadSlugs(payload: Payload, collection: SlugCollection): Promise<Set<string>> {
  const result = await payload.find({
    collection,
    pagination: false,
    depth: 0,
    select: { slug: true },
    overrideAccess: false,
    user: null,
  })
  return new Set(result.docs.map((doc) => doc.slug))
}

/**
 * Whether an anonymous reader could find `slug` in `collection`. Kept in memory until content
 * changes, so a request for an unknown slug (a crawler or a flood of made-up URLs) costs no query.
 */
export async function isKnownSlug(payload: Payload, collection: SlugCollection, slug: string): Promise<boolean> {
  let byCollection = memos.get(payload)
  if (!byCollection) {
    byCollection = new Map()
    memos.set(payload, byCollection)
  }
  let memo = byCollection.get(collection)
  if (!memo) {
    memo = new GenerationMemo(() => loadSlugs(payload, collection))
    byCollection.set(collection, memo)
  }
  return (await memo.get()).has(slug)
}

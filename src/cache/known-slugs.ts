import type { Payload } from 'payload'
import type { SlugCollection } from '../capabilities/registry'
import { GenerationMemo } from './generation-memo'
import { pageCacheOf } from './page-cache'

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
 * Whether an anonymous reader could find `slug` in `collection`, from a set kept in memory until
 * content changes, so a request for an unknown slug (a crawler, a flood of made-up URLs) costs no
 * query. undefined while the set is (re)loading: the caller then queries as usual, so no reader of a
 * real page waits for the whole set after a change.
 */
export function isKnownSlug(payload: Payload, collection: SlugCollection, slug: string): boolean | undefined {
  let byCollection = memos.get(payload)
  if (!byCollection) {
    byCollection = new Map()
    memos.set(payload, byCollection)
  }
  let memo = byCollection.get(collection)
  if (!memo) {
    memo = new GenerationMemo(() => loadSlugs(payload, collection), pageCacheOf(payload))
    byCollection.set(collection, memo)
  }
  return memo.peek()?.has(slug)
}

import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, Payload } from 'payload'
import { pageCache } from './page-cache'

export type ContentChange = { collection: string; doc: Record<string, unknown>; payload: Payload; deleted: boolean }
type Listener = (change: ContentChange) => Promise<void> | void

const listeners = new Set<Listener>()

/** Derived in-memory data (such as the practice search index) follows content changes through here. */
export function onContentChange(listener: Listener): void {
  listeners.add(listener)
}

async function changed(change: ContentChange): Promise<void> {
  // Derived data first, then the pages: a page rendered after the clear must see the new data.
  for (const listener of listeners) await listener(change)
  pageCache.clear()
}

/**
 * The one adapter between Payload and the public caches. Any change to public content clears
 * the whole page cache: pages combine many documents (home, lists, sitemap, feeds), so tracking
 * exact dependencies would be fragile, and content changes are rare next to reads.
 */
const clearOnChange: CollectionAfterChangeHook = async ({ doc, req, collection }) => {
  await changed({ collection: collection.slug, doc, payload: req.payload, deleted: false })
  return doc
}

const clearOnDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  await changed({ collection: collection.slug, doc, payload: req.payload, deleted: true })
  return doc
}

const clearOnGlobalChange: GlobalAfterChangeHook = ({ doc }) => {
  pageCache.clear()
  return doc
}

export const collectionCacheHooks = {
  afterChange: [clearOnChange],
  afterDelete: [clearOnDelete],
}

export const globalCacheHooks = {
  afterChange: [clearOnGlobalChange],
}

import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'
import { pageCache } from './page-cache'

/**
 * The one adapter between Payload and the public page cache. Any change to public content clears
 * the whole cache: pages combine many documents (home, lists, sitemap, feeds), so tracking exact
 * dependencies would be fragile, and content changes are rare next to reads.
 */
const clearOnChange: CollectionAfterChangeHook = ({ doc }) => {
  pageCache.clear()
  return doc
}

const clearOnDelete: CollectionAfterDeleteHook = ({ doc }) => {
  pageCache.clear()
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

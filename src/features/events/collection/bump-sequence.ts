import type { CollectionBeforeChangeHook } from 'payload'

/**
 * beforeChange of events: each published save raises `sequence`, the RFC 5545 SEQUENCE that tells
 * a subscribed calendar its copy is outdated (new time, new place, cancelled). Drafts leave it alone.
 */
export const bumpSequence: CollectionBeforeChangeHook = ({ data, originalDoc, operation, context }) => {
  if (operation !== 'update' || data._status !== 'published' || context.housekeeping) return data
  const before = typeof originalDoc?.sequence === 'number' ? originalDoc.sequence : 0
  return { ...data, sequence: before + 1 }
}

import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'
import { changeStreamOf } from './change-stream'
import type { ContentChange, RelatedDocument } from './content-change'

const idOf = (value: unknown): string | undefined => {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined
}

/** Documents whose derived state depends on this one: a replication report counts for its practice. */
function relatedOf(doc: Record<string, unknown>, previous: Record<string, unknown> | undefined): RelatedDocument[] | undefined {
  const ids = new Set([idOf(doc.practice), idOf(previous?.practice)].filter((id): id is string => id !== undefined))
  return ids.size ? [...ids].map((id) => ({ collection: 'practices', id })) : undefined
}

async function publish(req: PayloadRequest, change: ContentChange): Promise<void> {
  await changeStreamOf(req.payload)?.publish(change, req)
}

/**
 * The one adapter from Payload's hooks to the content-change stream. The hooks run before the
 * transaction commits, so they only publish; caches and indexes act when the stream delivers.
 */
const publishChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req, collection }) => {
  const id = idOf(doc.id)
  if (id) await publish(req, { kind: 'document', collection: collection.slug, id, deleted: false, related: relatedOf(doc, previousDoc) })
  return doc
}

const publishDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  const id = idOf(doc.id)
  if (id) await publish(req, { kind: 'document', collection: collection.slug, id, deleted: true, related: relatedOf(doc, undefined) })
  return doc
}

const publishGlobalChange: GlobalAfterChangeHook = async ({ doc, req, global }) => {
  await publish(req, { kind: 'global', global: global.slug })
  return doc
}

export const collectionChangeHooks = {
  afterChange: [publishChange],
  afterDelete: [publishDelete],
}

export const globalChangeHooks = {
  afterChange: [publishGlobalChange],
}

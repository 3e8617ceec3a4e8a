import { QueryError, type Collection, type CollectionBeforeOperationHook, type CollectionConfig } from 'payload'
import { locales } from '../../i18n/locales'
import { findUnfitPaths } from './find-unfit-paths'

/**
 * Refuses, with Payload's own 400 QueryError, a REST or GraphQL query whose where clause asks a
 * field with an operator or operand its column cannot take. Payload 3.90.1 checks only that a
 * path exists and may be read, then hands `like` on rich text, enums or dates, or a word as a
 * relationship ID, to the database, which fails: a 500 for anyone, anonymous readers included.
 *
 * A hook rather than a guard in the Fastify bridge: it sees the parsed where clause of REST and
 * GraphQL alike (and of versions, counts, bulk updates). It only ever refuses; it never rewrites
 * the query, so the collection's read access (anonymous readers see only what is published)
 * applies unchanged to everything it lets through. The local API is left alone: our own code
 * builds its queries and should fail loudly if one is wrong.
 */
const rejectUnfitWhere: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  if (req.payloadAPI === 'local') return args
  const where: unknown = (args as { where?: unknown }).where
  const unfit = findUnfitPaths(where, {
    fields: collection.flattenedFields,
    fieldsOf: (slug) => (req.payload.collections as Partial<Record<string, Collection>>)[slug]?.config.flattenedFields,
    locales,
  })
  // Worded as Payload words a path the reader may not query, so a refusal tells nothing more.
  if (unfit.length > 0) throw new QueryError(unfit.map((path) => ({ path })))
  return args
}

export function withWhereGuard(collection: CollectionConfig): CollectionConfig {
  return { ...collection, hooks: { ...collection.hooks, beforeOperation: [rejectUnfitWhere, ...(collection.hooks?.beforeOperation ?? [])] } }
}

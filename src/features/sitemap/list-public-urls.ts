import type { Payload } from 'payload'
import { sitemapDocuments, sitemapPaths } from '../../capabilities/compose'

/**
 * Every public path without the locale prefix; each exists in all six locales. The fixed paths and
 * the document collections come from the capability registry.
 */
export async function listPublicPaths(payload: Payload): Promise<{ path: string; lastmod?: string }[]> {
  const read = { overrideAccess: false, user: null, depth: 0, limit: 0, pagination: false } as const
  const documents = await Promise.all(
    sitemapDocuments().map(async ({ collection, path }) => {
      const found = await payload.find({ collection, ...read, select: { slug: true, updatedAt: true } })
      return found.docs.flatMap((doc) => {
        const { slug, updatedAt } = doc as { slug?: unknown; updatedAt?: unknown }
        return typeof slug === 'string' ? [{ path: path(slug), lastmod: typeof updatedAt === 'string' ? updatedAt : undefined }] : []
      })
    }),
  )
  return [...sitemapPaths().map((path) => ({ path })), ...documents.flat()]
}

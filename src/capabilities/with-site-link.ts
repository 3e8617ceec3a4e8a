import type { CollectionConfig } from 'payload'
import { defaultLocale, isLocale } from '../i18n/locales'
import type { SitemapDocuments } from './capability'

/**
 * Gives a collection whose documents have a public page the admin's Preview button: it opens the
 * document's page on the site in the content locale being edited, with ?preview=true so an
 * editor sees the draft (and, for a published document, the page as readers see it). The path is
 * the one the sitemap uses, so the two never disagree. Relative: the admin and the site share a host.
 */
export function withSiteLink(collection: CollectionConfig, documents: readonly SitemapDocuments[]): CollectionConfig {
  const page = documents.find((d) => d.collection === collection.slug)
  if (!page) return collection
  return {
    ...collection,
    admin: {
      ...collection.admin,
      preview: (doc, { locale }) => {
        const slug = (doc as { slug?: unknown }).slug
        if (typeof slug !== 'string' || !slug) return null
        return `/${isLocale(locale) ? locale : defaultLocale}${page.path(slug)}?preview=true`
      },
    },
  }
}

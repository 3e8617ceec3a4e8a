import type { FastifyInstance } from 'fastify'
import { sitemapDocuments } from '../../capabilities/compose'
import { collectionTag, makeEtag, pageCacheOf } from '../../cache/page-cache'
import { locales } from '../../i18n/locales'
import { escapeHtml } from '../../web/html'
import type { Deps } from '../../web/public-page'
import { listPublicPaths } from './list-public-urls'

/** The sitemap lists the documents of the collections the registry names for it. */
const sitemapTags = () => [...new Set(sitemapDocuments().map((d) => d.collection))].map(collectionTag)

async function sitemapXml(deps: Deps): Promise<string> {
  const base = deps.env.publicUrl
  const paths = await listPublicPaths(deps.payload)
  const urls = paths.flatMap(({ path, lastmod }) =>
    locales.map((locale) => {
      const alternates = locales
        .map((l) => `    <xhtml:link rel="alternate" hreflang="${l}" href="${escapeHtml(`${base}/${l}${path}`)}"/>`)
        .join('\n')
      return `  <url>
    <loc>${escapeHtml(`${base}/${locale}${path}`)}</loc>
${lastmod ? `    <lastmod>${escapeHtml(lastmod.slice(0, 10))}</lastmod>\n` : ''}${alternates}
  </url>`
    }),
  )
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join('\n')}
</urlset>
`
}

export function registerSitemapRoutes(app: FastifyInstance, deps: Deps): void {
  app.get('/sitemap.xml', async (_req, reply) => {
    const pageCache = pageCacheOf(deps.payload)
    const generation = pageCache.currentGeneration()
    let hit = pageCache.get('/sitemap.xml')
    if (!hit) {
      const body = Buffer.from(await sitemapXml(deps))
      hit = { body, etag: makeEtag(body), contentType: 'application/xml; charset=utf-8' }
      pageCache.set('/sitemap.xml', hit, generation, sitemapTags())
    }
    reply.header('content-type', hit.contentType).header('etag', hit.etag).header('cache-control', 'public, max-age=300')
    return reply.send(hit.body)
  })

  app.get('/robots.txt', async (_req, reply) => {
    reply.header('content-type', 'text/plain; charset=utf-8')
    return `User-agent: *\nDisallow: /admin\nDisallow: /api\nSitemap: ${deps.env.publicUrl}/sitemap.xml\n`
  })
}

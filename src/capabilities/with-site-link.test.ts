import type { CollectionConfig } from 'payload'
import { describe, expect, it } from 'vitest'
import { collectionsOf } from './compose'
import { withSiteLink } from './with-site-link'
import { readEnv } from '../config/env'

type Preview = (doc: Record<string, unknown>, options: { locale: string }) => string | null

const previewOf = (c: CollectionConfig) => c.admin?.preview as Preview | undefined

describe('the admin’s link to the site', () => {
  it('opens a document’s public page in the locale being edited, drafts included', () => {
    const news = withSiteLink({ slug: 'news', fields: [] }, [{ collection: 'news', path: (s) => `/news/${s}` }])
    expect(previewOf(news)?.({ slug: 'new-report' }, { locale: 'fi' })).toBe('/fi/news/new-report?preview=true')
    expect(previewOf(news)?.({}, { locale: 'fi' })).toBeNull()
  })
  it('is offered by every collection that has public pages', () => {
    const env = readEnv({ DATABASE_URL: 'file:/tmp/x.db', PAYLOAD_SECRET: 'x'.repeat(24), PUBLIC_URL: 'http://localhost:3000', DATA_DIR: '/tmp/x' })
    const withLinks = collectionsOf(env).filter((c) => previewOf(c)).map((c) => c.slug).sort()
    expect(withLinks).toEqual(['events', 'news', 'newsletter-issues', 'organisations', 'pages', 'practices', 'themes'])
  })
})

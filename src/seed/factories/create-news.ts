import type { Payload } from 'payload'
import { blocksToLexical } from '../../rich-text/blocks-to-lexical'
import type { NewsSeed } from '../data/types'
import { localizedCreate } from './localized-create'

export type SeedRefs = { themes: Map<string, number>; images: Map<string, number> }

export function createNews(payload: Payload, seed: NewsSeed, refs: SeedRefs, published = true): Promise<number> {
  return localizedCreate(payload, {
    collection: 'news',
    shared: {
      slug: seed.slug,
      publishedAt: new Date(`${seed.publishedAt}T09:00:00Z`).toISOString(),
      themes: seed.themes.map((k) => refs.themes.get(k)).filter((id): id is number => id !== undefined),
      countries: seed.countries,
      image: seed.image ? refs.images.get(seed.image) : undefined,
    },
    translations: seed.translations,
    toFields: (t) => ({ title: t.title, summary: t.summary, body: blocksToLexical(t.body) }),
    drafts: published ? 'published' : 'draft',
  })
}

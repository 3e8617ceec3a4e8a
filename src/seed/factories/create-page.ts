import type { Payload } from 'payload'
import { blocksToLexical } from '../../rich-text/blocks-to-lexical'
import type { PageSeed } from '../data/types'
import { localizedCreate } from './localized-create'

export function createPage(payload: Payload, seed: PageSeed): Promise<number> {
  return localizedCreate(payload, {
    collection: 'pages',
    shared: { slug: seed.slug },
    translations: seed.translations,
    toFields: (t) => ({ title: t.title, summary: t.summary, body: blocksToLexical(t.body) }),
    drafts: 'published',
  })
}

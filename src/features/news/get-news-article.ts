import type { PageContext } from '../../web/context'
import { listThemes } from '../themes/list-themes'
import { toNewsArticle, type NewsArticle } from './news-view'

/** A published news item by slug (a draft only in an editor's preview), or undefined. */
export async function getNewsArticle(ctx: PageContext, slug: string): Promise<NewsArticle | undefined> {
  const result = await ctx.payload.find({
    collection: 'news',
    locale: 'all',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    draft: ctx.draft,
    overrideAccess: false,
    user: ctx.user,
  })
  const doc = result.docs[0]
  if (!doc) return undefined
  const themes = await listThemes(ctx)
  return toNewsArticle(doc, ctx, new Map(themes.map((t) => [t.id, t])))
}

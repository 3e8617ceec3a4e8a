import type { ReadContext } from '../../domain/read-context'
import { findBySlug } from '../../domain/find-by-slug'
import { listThemes } from '../themes/list-themes'
import { toNewsArticle, type NewsArticle } from './news-view'

/** A published news item by slug (a draft only in an editor's preview), or undefined. */
export async function getNewsArticle(ctx: ReadContext, slug: string): Promise<NewsArticle | undefined> {
  const doc = await findBySlug(ctx, 'news', slug)
  if (!doc) return undefined
  const themes = await listThemes(ctx)
  return toNewsArticle(doc, ctx, new Map(themes.map((t) => [t.id, t])))
}

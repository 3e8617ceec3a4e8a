import { publishedOnly } from '../../domain/published-only'
import type { Where } from 'payload'
import type { ReadContext } from '../../domain/read-context'
import { listThemes, type ThemeView } from '../themes/list-themes'
import { toNewsCard, type NewsCard } from './news-view'

export const newsPageSize = 12

export type NewsPage = {
  items: NewsCard[]
  page: number
  totalPages: number
  totalDocs: number
  themes: ThemeView[]
  theme?: ThemeView
  /** "Only in my language" was asked for. */
  onlyMine: boolean
}

const listFields = { title: true, summary: true, slug: true, publishedAt: true, image: true, themes: true, countries: true } as const

/** One page of published news, newest first, optionally for one theme (by slug). */
export async function listNews(
  ctx: ReadContext,
  opts: { page?: number; themeSlug?: string; limit?: number; onlyMine?: boolean } = {},
): Promise<NewsPage | undefined> {
  const themes = await listThemes(ctx)
  const theme = opts.themeSlug ? themes.find((t) => t.slug === opts.themeSlug) : undefined
  if (opts.themeSlug && !theme) return undefined
  // A localized field is queried in one language by its path, e.g. "title.fi".
  const mine: Where = opts.onlyMine ? { [`title.${ctx.locale}`]: { exists: true } } : {}
  const where: Where = { and: [theme ? { themes: { in: [theme.id] } } : {}, mine, publishedOnly(ctx, 'news')] }
  const result = await ctx.payload.find({
    collection: 'news',
    locale: 'all',
    where,
    sort: '-publishedAt',
    limit: opts.limit ?? newsPageSize,
    page: opts.page ?? 1,
    depth: 1,
    select: listFields,
    draft: ctx.draft,
    overrideAccess: false,
    user: ctx.user,
  })
  const byId = new Map(themes.map((t) => [t.id, t]))
  return {
    items: result.docs.map((d) => toNewsCard(d, ctx, byId)).filter((c): c is NewsCard => Boolean(c)),
    page: result.page ?? 1,
    totalPages: result.totalPages,
    totalDocs: result.totalDocs,
    themes,
    theme,
    onlyMine: Boolean(opts.onlyMine),
  }
}

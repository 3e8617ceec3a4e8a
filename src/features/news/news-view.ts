import type { News } from '../../payload-types'
import { locales, type Locale } from '../../i18n/locales'
import { hasText } from '../../i18n/pick-language'
import type { ReadContext } from '../../domain/read-context'
import { shownLanguage, text, type Shown } from '../../domain/shown-language'
import { toImageView, type ImageView } from '../media/image-view'
import type { ThemeView } from '../themes/list-themes'

export type NewsCard = {
  slug: string
  shown: Shown
  title: string
  summary: string
  publishedAt: string
  image?: ImageView
  themes: ThemeView[]
  countries: string[]
  /** The languages the news item exists in. */
  languages: Locale[]
}

export type NewsArticle = NewsCard & { body: unknown; updatedAt: string }

/** The fields list pages select; detail pages read the whole document. */
export type NewsListDoc = Pick<News, 'title' | 'summary' | 'slug' | 'publishedAt' | 'image' | 'themes' | 'countries'>

const themeIds = (themes: News['themes']) => (themes ?? []).map((t) => (typeof t === 'object' ? t.id : t))

/** Maps a news document read with locale "all" to what templates show, in one language. */
export function toNewsCard(doc: NewsListDoc, ctx: ReadContext, themes: Map<number, ThemeView>): NewsCard | undefined {
  const shown = shownLanguage(ctx.locale, doc.title)
  if (!shown) return undefined
  return {
    slug: doc.slug,
    shown,
    title: text(doc.title, shown.language),
    summary: text(doc.summary, shown.language),
    publishedAt: doc.publishedAt,
    image: toImageView(doc.image, shown.language, ctx.locale),
    themes: themeIds(doc.themes)
      .map((id) => themes.get(id))
      .filter((t): t is ThemeView => Boolean(t)),
    countries: doc.countries ?? [],
    languages: locales.filter((l) => hasText(doc.title, l)),
  }
}

export function toNewsArticle(doc: News, ctx: ReadContext, themes: Map<number, ThemeView>): NewsArticle | undefined {
  const card = toNewsCard(doc, ctx, themes)
  if (!card) return undefined
  const body = (doc.body as unknown as Record<string, unknown> | null)?.[card.shown.language]
  return { ...card, image: toImageView(doc.image, card.shown.language, ctx.locale, 'hero'), body, updatedAt: doc.updatedAt }
}

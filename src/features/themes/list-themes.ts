import type { ReadContext } from '../../domain/read-context'
import { shownLanguage, text, type Shown } from '../../domain/shown-language'
import { locales, type Locale } from '../../i18n/locales'
import { hasText } from '../../i18n/pick-language'

/** languages: the ones the theme's title exists in. */
export type ThemeView = { id: number; slug: string; title: string; description: string; shown: Shown; languages?: Locale[] }

/** All themes in the reader's language (with fallback), sorted by the reader's alphabet by callers. */
export async function listThemes(ctx: ReadContext): Promise<ThemeView[]> {
  const result = await ctx.payload.find({
    collection: 'themes',
    locale: 'all',
    limit: 100,
    depth: 0,
    overrideAccess: false,
    user: ctx.user,
  })
  const views: ThemeView[] = []
  for (const doc of result.docs) {
    const shown = shownLanguage(ctx.locale, doc.title)
    if (!shown) continue
    views.push({
      id: doc.id,
      slug: doc.slug,
      title: text(doc.title, shown.language),
      description: text(doc.description, shown.language),
      shown,
      languages: locales.filter((l) => hasText(doc.title, l)),
    })
  }
  return views
}

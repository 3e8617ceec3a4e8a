import type { ReadContext } from '../../domain/read-context'
import { shownLanguage, text, type Shown } from '../../domain/shown-language'

export type ThemeView = { id: number; slug: string; title: string; description: string; shown: Shown }

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
    })
  }
  return views
}

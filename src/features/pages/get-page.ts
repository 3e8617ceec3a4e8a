import type { ReadContext } from '../../domain/read-context'
import { findBySlug } from '../../domain/find-by-slug'
import { shownLanguage, text, type Shown } from '../../domain/shown-language'

export type PageView = { id: number; slug: string; shown: Shown; title: string; summary: string; body: unknown }

/** A published page (about, accessibility, privacy…) by slug, in the reader's language or its fallback. */
export async function getPage(ctx: ReadContext, slug: string): Promise<PageView | undefined> {
  const doc = await findBySlug(ctx, 'pages', slug, 0)
  const shown = doc && shownLanguage(ctx.locale, doc.title)
  if (!doc || !shown) return undefined
  return {
    id: doc.id,
    slug: doc.slug,
    shown,
    title: text(doc.title, shown.language),
    summary: text(doc.summary, shown.language),
    body: (doc.body as unknown as Record<string, unknown> | null)?.[shown.language],
  }
}

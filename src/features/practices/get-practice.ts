import type { Locale } from '../../i18n/locales'
import type { Practice } from '../../payload-types'
import type { ReadContext } from '../../domain/read-context'
import { findBySlug } from '../../domain/find-by-slug'
import { shownLanguage, text, type Shown } from '../../domain/shown-language'
import { listThemes, type ThemeView } from '../themes/list-themes'
import { toPracticeCard, type PracticeCard } from './list-practices'
import { practiceAttachments, type AttachmentView } from './practice-attachments'
import type { PracticeEntry } from './search/practice-entry'
import { practiceIndex } from './search/practice-index'

export type ReplicationView = { municipality: string; country: string; startDate?: string; language?: Locale; changes: string; outcomes: string }

export type PracticeView = {
  doc: Practice
  shown: Shown
  /** A localized field of the practice in the shown language. */
  field: (name: keyof Practice) => unknown
  title: string
  summary: string
  themes: ThemeView[]
  organisations: { slug: string; name: string }[]
  attachments: AttachmentView[]
  replications: ReplicationView[]
  related: PracticeCard[]
}

/** A published practice with everything its page shows, or undefined. */
export async function getPractice(ctx: ReadContext, slug: string): Promise<PracticeView | undefined> {
  const doc = await findBySlug(ctx, 'practices', slug, 1)
  const shown = doc && shownLanguage(ctx.locale, doc.title)
  if (!doc || !shown) return undefined
  const [allThemes, replications, index] = await Promise.all([
    listThemes(ctx),
    ctx.payload.find({
      collection: 'replications',
      where: { practice: { equals: doc.id } },
      sort: 'startDate',
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user: ctx.user,
    }),
    practiceIndex(ctx.payload).current(),
  ])
  const themeIds = (doc.themes ?? []).map((th) => (typeof th === 'object' ? th.id : th))
  const self = index.get(doc.id)
  return {
    doc,
    shown,
    field: (name) => (doc[name] as Record<string, unknown> | null | undefined)?.[shown.language],
    title: text(doc.title, shown.language),
    summary: text(doc.summary, shown.language),
    themes: allThemes.filter((th) => themeIds.includes(th.id)),
    organisations: (doc.organisations ?? []).flatMap((o) => (typeof o === 'object' ? [{ slug: o.slug, name: o.name }] : [])),
    attachments: await practiceAttachments(ctx.payload, doc),
    replications: replications.docs.map((r) => ({
      municipality: r.municipality,
      country: r.country,
      startDate: r.startDate ?? undefined,
      language: (r.language ?? undefined) as Locale | undefined,
      changes: r.changes,
      outcomes: r.outcomes,
    })),
    related: self ? relatedPractices(index.all(), self, ctx.locale) : [],
  }
}

/** Up to three practices sharing the most themes and target groups (themes weigh double). */
function relatedPractices(all: Iterable<PracticeEntry>, self: PracticeEntry, locale: Locale): PracticeCard[] {
  const scored: { score: number; card: PracticeCard }[] = []
  for (const e of all) {
    if (e.id === self.id) continue
    const score =
      2 * e.themes.filter((t) => self.themes.includes(t)).length + e.targetGroups.filter((g) => self.targetGroups.includes(g)).length
    const card = score > 0 ? toPracticeCard(e, locale) : undefined
    if (card) scored.push({ score, card })
  }
  return scored
    .sort((a, b) => b.score - a.score || a.card.entry.id - b.card.entry.id)
    .slice(0, 3)
    .map((s) => s.card)
}

import type { ReadContext } from '../../../domain/read-context'
import { shownLanguage, text, type Shown } from '../../../domain/shown-language'
import { inLocale } from '../../../i18n/pick-language'
import type { NewsletterIssue } from '../../../payload-types'

export type IssueCard = { slug: string; shown: Shown; title: string; preheader: string; sentAt: string }
export type IssuePage = IssueCard & { body: unknown }

/** An issue read with locale "all", in one language along the reader's chain. */
export function toIssuePage(doc: NewsletterIssue, ctx: ReadContext): IssuePage | undefined {
  const shown = shownLanguage(ctx.locale, doc.title)
  if (!shown || !doc.sentAt) return undefined
  return {
    slug: doc.slug,
    shown,
    title: text(doc.title, shown.language),
    preheader: text(doc.preheader, shown.language),
    sentAt: doc.sentAt,
    body: inLocale(doc.body, shown.language),
  }
}

import type { Payload } from 'payload'
import { formatMonth } from '../../../i18n/format'
import { locales } from '../../../i18n/locales'
import { translate } from '../../../i18n/translate'
import type { NewsletterIssue } from '../../../payload-types'
import { collectDigest } from './collect-digest'
import { digestToLexical } from './digest-to-lexical'

/** Without an earlier issue, a first digest looks this far back. */
const firstDigestDays = 60

/**
 * Fills a draft issue, in every language, from what was published since the last issue went out
 * (news, new practices, coming events, the current theme): the body, and the subject where the
 * editor has not written one. The editor then edits it. Only a draft is filled.
 */
export async function fillDigest(payload: Payload, issueId: number, now = new Date()): Promise<'filled' | 'notDraft'> {
  const issue = (await payload.findByID({ collection: 'newsletter-issues', id: issueId, locale: 'all', depth: 0, overrideAccess: true })) as unknown as Omit<NewsletterIssue, 'title'> & { title?: Partial<Record<string, string>> }
  if ((issue.status ?? 'draft') !== 'draft') return 'notDraft'
  const last = await payload.find({ collection: 'newsletter-issues', where: { status: { equals: 'sent' } }, sort: '-sentAt', limit: 1, depth: 0, overrideAccess: true })
  const lastSent = last.docs[0]?.sentAt
  const since = lastSent ? new Date(lastSent) : new Date(now.getTime() - firstDigestDays * 24 * 60 * 60 * 1000)
  const month = now.toISOString().slice(0, 7)
  for (const locale of locales) {
    const sections = await collectDigest(payload, locale, since, now)
    const body = digestToLexical(translate(locale, 'digest.intro'), sections, translate(locale, 'digest.outro'))
    const title = issue.title?.[locale]?.trim() || translate(locale, 'digest.title', { month: formatMonth(locale, month) })
    await payload.update({ collection: 'newsletter-issues', id: issueId, locale, data: { title, body, digestSince: since.toISOString() }, overrideAccess: true, depth: 0 })
  }
  return 'filled'
}

import type { Payload } from 'payload'
import { isLocale, type Locale } from '../../../i18n/locales'
import { hasText, inLocale, pickLanguage } from '../../../i18n/pick-language'
import { richTextToText } from '../../../web/forms/rich-text-field'
import { text } from '../../../web/localized'
import { descriptionFields, type ProposalText } from '../../practices/submit/validate-proposal'
import { workflowStates, type WorkflowState } from '../../practices/vocabulary'
import type { ReplicationText } from '../../replications/validate-replication'
import { hashToken } from '../private-link'

/** One step of the history as the submitter sees it: when, which state, the editors' note. Never who. */
export type SubmissionStep = { at: string; state: WorkflowState; note?: string }

type Common = {
  id: number
  reference: string
  status: WorkflowState
  /** The language the submission is written in (and edited in). */
  language: Locale
  history: SubmissionStep[]
}

export type PracticeSubmission = Common & { kind: 'practice'; title: string; slug: string; text: ProposalText }
export type ReplicationSubmission = Common & {
  kind: 'replication'
  municipality: string
  practice: { title: string; slug: string; language: Locale }
  text: ReplicationText
}
export type Submission = PracticeSubmission | ReplicationSubmission

/** Private link tokens are 24 random bytes in base64url; anything else is not looked up. */
const tokenPattern = /^[A-Za-z0-9_-]{32}$/

type StoredHistory = { at: string; to: string; note?: string | null }[] | null | undefined

function steps(history: StoredHistory): SubmissionStep[] {
  return (history ?? []).flatMap((h) =>
    (workflowStates as readonly string[]).includes(h.to) ? [{ at: h.at, state: h.to as WorkflowState, note: h.note?.trim() || undefined }] : [],
  )
}

const isState = (value: unknown): value is WorkflowState => (workflowStates as readonly unknown[]).includes(value)

/**
 * The practice or replication report behind a private link. The token is the permission: the
 * lookup is by its hash (no comparison of secrets in code) and reads past access control.
 * `reader` picks the language of the practice title shown for a replication report.
 */
export async function findSubmissionByToken(payload: Payload, token: string, reader: Locale): Promise<Submission | undefined> {
  if (!tokenPattern.test(token)) return undefined
  const where = { 'submitter.tokenHash': { equals: hashToken(token) } }
  const practices = await payload.find({ collection: 'practices', where, locale: 'all', depth: 0, limit: 1, overrideAccess: true })
  const p = practices.docs[0]
  if (p) {
    const stored = p.originalLanguage ?? p.submitter?.locale
    const language = (isLocale(stored) && hasText(p.title, stored) ? stored : pickLanguage(reader, (l) => hasText(p.title, l))) ?? reader
    const field = (name: string) => inLocale((p as unknown as Record<string, unknown>)[name], language)
    return {
      kind: 'practice',
      id: p.id,
      reference: p.submitter?.reference ?? String(p.id),
      status: isState(p.workflowStatus) ? p.workflowStatus : 'submitted',
      language,
      history: steps(p.history),
      title: text(p.title, language),
      slug: p.slug,
      text: {
        title: text(p.title, language),
        summary: text(p.summary, language),
        ...(Object.fromEntries(descriptionFields.map((name) => [name, richTextToText(field(name))])) as Record<(typeof descriptionFields)[number], string>),
      },
    }
  }
  const replications = await payload.find({ collection: 'replications', where, locale: 'all', depth: 1, limit: 1, overrideAccess: true })
  const r = replications.docs[0]
  if (!r) return undefined
  const practice = typeof r.practice === 'object' ? r.practice : undefined
  const practiceLanguage = (practice && pickLanguage(reader, (l) => hasText(practice.title, l))) ?? reader
  return {
    kind: 'replication',
    id: r.id,
    reference: r.submitter?.reference ?? String(r.id),
    status: isState(r.workflowStatus) ? r.workflowStatus : 'submitted',
    language: isLocale(r.language) ? r.language : isLocale(r.submitter?.locale) ? r.submitter.locale : reader,
    history: steps(r.history),
    municipality: r.municipality,
    practice: { title: practice ? text(practice.title, practiceLanguage) : '', slug: practice?.slug ?? '', language: practiceLanguage },
    text: { changes: r.changes, outcomes: r.outcomes },
  }
}

import type { Payload, TypedUser, Where } from 'payload'
import { isLocale, type Locale } from '../../i18n/locales'
import { waitingDays } from '../workflow/waiting-days'

/** The states in which a submission waits for an editor (changes-requested waits for the submitter). */
export const waitingStates = ['submitted', 'in-review', 'changes-requested'] as const
export type WaitingState = (typeof waitingStates)[number]

export type ReviewItem = {
  collection: 'practices' | 'replications'
  id: number
  title: string
  state: WaitingState
  /** The language the submission was written in. */
  language?: Locale
  /** When it reached its state (its last transition, else its arrival). */
  since: string
  days: number
}

export type ReviewQueue = { counts: Record<WaitingState, number>; items: ReviewItem[] }

type History = { at?: string | null }[] | null | undefined

/** Counts per state, and the items oldest first (the longest waiting on top). */
export function orderReviewQueue(items: readonly ReviewItem[]): ReviewQueue {
  const counts = Object.fromEntries(waitingStates.map((s) => [s, 0])) as Record<WaitingState, number>
  for (const item of items) counts[item.state]++
  return { counts, items: [...items].sort((a, b) => a.since.localeCompare(b.since) || a.id - b.id) }
}

const language = (v: unknown): Locale | undefined => (isLocale(v) ? v : undefined)
const sinceOf = (history: History, createdAt: string): string => history?.at(-1)?.at ?? createdAt

/**
 * The review queue as the editor may read it: practices and replication reports waiting for review
 * or for the submitter's changes, with the title shown in the editor's admin language (`locale`).
 */
export async function listReviewQueue(payload: Payload, user: TypedUser | null, locale: Locale, now = Date.now()): Promise<ReviewQueue> {
  const where: Where = { workflowStatus: { in: [...waitingStates] } }
  const read = { where, depth: 0, pagination: false, overrideAccess: false, user, locale } as const
  const [practices, replications] = await Promise.all([
    payload.find({ collection: 'practices', ...read, select: { adminTitle: true, workflowStatus: true, history: true, submitter: true, originalLanguage: true, createdAt: true } }),
    payload.find({ collection: 'replications', ...read, select: { municipality: true, workflowStatus: true, history: true, language: true, createdAt: true } }),
  ])
  const items: ReviewItem[] = [
    ...practices.docs.map((d) => ({
      collection: 'practices' as const,
      id: d.id,
      title: d.adminTitle || `#${d.id}`,
      state: d.workflowStatus as WaitingState,
      language: language(d.submitter?.locale) ?? language(d.originalLanguage),
      since: sinceOf(d.history, d.createdAt),
      days: waitingDays(d.history, d.createdAt, now) ?? 0,
    })),
    ...replications.docs.map((d) => ({
      collection: 'replications' as const,
      id: d.id,
      title: d.municipality || `#${d.id}`,
      state: d.workflowStatus as WaitingState,
      language: language(d.language),
      since: sinceOf(d.history, d.createdAt),
      days: waitingDays(d.history, d.createdAt, now) ?? 0,
    })),
  ]
  return orderReviewQueue(items)
}

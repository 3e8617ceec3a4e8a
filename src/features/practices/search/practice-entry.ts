import type { CountryCode } from '../../../fields/countries'
import { locales, type Locale } from '../../../i18n/locales'
import type { ActorType, EvidenceLevel, RunState, TargetGroup } from '../vocabulary'

/** What the idea bank list needs of one published practice, kept in memory for fast facets. */
export type PracticeEntry = {
  id: number
  slug: string
  country: CountryCode
  municipality: string | null
  themes: number[]
  organisations: number[]
  targetGroups: TargetGroup[]
  evidenceLevel: EvidenceLevel | null
  actorType: ActorType | null
  runState: RunState | null
  startDate: string | null
  createdAt: string
  texts: Partial<Record<Locale, { title: string; summary: string }>>
  /** Lower-cased titles and summaries in every language, for the free-text filter. */
  haystack: string
  replications: number
}

/** The fields the index reads; a practice document read with locale "all" and depth 0. */
export const entryFields = {
  slug: true,
  country: true,
  municipality: true,
  themes: true,
  organisations: true,
  targetGroups: true,
  evidenceLevel: true,
  actorType: true,
  runState: true,
  startDate: true,
  createdAt: true,
  title: true,
  summary: true,
} as const

type RawPractice = Record<string, unknown> & { id: number | string }

const ids = (value: unknown): number[] =>
  Array.isArray(value) ? value.map((v) => Number(typeof v === 'object' && v ? (v as { id: unknown }).id : v)).filter(Number.isFinite) : []

const localized = (value: unknown, locale: Locale): string => {
  const v = value && typeof value === 'object' ? (value as Record<string, unknown>)[locale] : undefined
  return typeof v === 'string' ? v : ''
}

export function toEntry(doc: RawPractice, replications: number): PracticeEntry {
  const texts: PracticeEntry['texts'] = {}
  for (const locale of locales) {
    const title = localized(doc.title, locale).trim()
    if (title) texts[locale] = { title, summary: localized(doc.summary, locale) }
  }
  const haystack = Object.values(texts)
    .map((t) => `${t.title}\n${t.summary}`)
    .join('\n')
    .toLocaleLowerCase()
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null)
  return {
    id: Number(doc.id),
    slug: String(doc.slug),
    country: doc.country as CountryCode,
    municipality: str(doc.municipality),
    themes: ids(doc.themes),
    organisations: ids(doc.organisations),
    targetGroups: (Array.isArray(doc.targetGroups) ? doc.targetGroups : []) as TargetGroup[],
    evidenceLevel: str(doc.evidenceLevel) as EvidenceLevel | null,
    actorType: str(doc.actorType) as ActorType | null,
    runState: str(doc.runState) as RunState | null,
    startDate: str(doc.startDate),
    createdAt: String(doc.createdAt ?? ''),
    texts,
    haystack,
    replications,
  }
}

import type { CountryCode } from '../../../fields/countries'
import type { Locale } from '../../../i18n/locales'
import { pickLanguage } from '../../../i18n/pick-language'
import type { ActorType, EvidenceLevel, TargetGroup } from '../vocabulary'
import type { PracticeEntry } from './practice-entry'

export type StatusFacet = 'ongoing' | 'ended'

export type PracticeFilters = {
  country: CountryCode[]
  municipality: string[]
  theme: number[]
  targetGroup: TargetGroup[]
  evidence: EvidenceLevel[]
  actor: ActorType[]
  status: StatusFacet[]
  replicated: boolean
  q: string
  /** Only practices that exist in the reader's language ("only in my language"). */
  mine: boolean
}

export type FacetName = 'country' | 'municipality' | 'theme' | 'targetGroup' | 'evidence' | 'actor' | 'status' | 'replicated'
export const facetNames: FacetName[] = ['country', 'municipality', 'theme', 'targetGroup', 'evidence', 'actor', 'status', 'replicated']

/** Counts per facet value; each facet counted with every other filter applied (not its own). */
export type FacetCounts = Record<FacetName, Map<string, number>>

export type PracticeSort = 'newest' | 'title'

export const emptyFilters = (): PracticeFilters => ({
  country: [],
  municipality: [],
  theme: [],
  targetGroup: [],
  evidence: [],
  actor: [],
  status: [],
  replicated: false,
  q: '',
  mine: false,
})

export const statusOf = (e: PracticeEntry): StatusFacet => (e.runState === 'ended' ? 'ended' : 'ongoing')

/** The values an entry has for a facet (several for themes and target groups). */
function valuesOf(e: PracticeEntry, facet: FacetName): string[] {
  switch (facet) {
    case 'country':
      return [e.country]
    case 'municipality':
      return e.municipality ? [e.municipality] : []
    case 'theme':
      return e.themes.map(String)
    case 'targetGroup':
      return e.targetGroups
    case 'evidence':
      return e.evidenceLevel ? [e.evidenceLevel] : []
    case 'actor':
      return e.actorType ? [e.actorType] : []
    case 'status':
      return [statusOf(e)]
    case 'replicated':
      return e.replications > 0 ? ['yes'] : []
  }
}

function selected(f: PracticeFilters, facet: FacetName): string[] {
  if (facet === 'replicated') return f.replicated ? ['yes'] : []
  return (f[facet] as readonly (string | number)[]).map(String)
}

/** Within a facet the chosen values are alternatives (OR); across facets all must hold (AND). */
function passes(e: PracticeEntry, facet: FacetName, wanted: string[]): boolean {
  if (wanted.length === 0) return true
  const have = valuesOf(e, facet)
  return wanted.some((w) => have.includes(w))
}

export type PracticeResult = { matches: PracticeEntry[]; facets: FacetCounts }

/**
 * Filters the entries and counts facet values in one pass: an entry failing no filter is a match
 * and counts for every facet; an entry failing exactly one facet counts only for that facet.
 */
export function queryPractices(entries: Iterable<PracticeEntry>, filters: PracticeFilters, reader?: Locale): PracticeResult {
  const facets = Object.fromEntries(facetNames.map((f) => [f, new Map<string, number>()])) as FacetCounts
  const wanted = facetNames.map((f) => selected(filters, f))
  const words = filters.q.toLocaleLowerCase().split(/\s+/).filter(Boolean)
  const matches: PracticeEntry[] = []
  const count = (e: PracticeEntry, i: number) => {
    const map = facets[facetNames[i]]
    for (const v of valuesOf(e, facetNames[i])) map.set(v, (map.get(v) ?? 0) + 1)
  }
  for (const e of entries) {
    if (words.length && !words.every((w) => e.haystack.includes(w))) continue
    // Like the search words, "only in my language" narrows what the facets count too.
    if (filters.mine && reader && !e.texts[reader]) continue
    let failed = -1
    let failures = 0
    for (let i = 0; i < facetNames.length && failures < 2; i++) {
      if (!passes(e, facetNames[i], wanted[i])) {
        failed = i
        failures++
      }
    }
    if (failures === 0) {
      matches.push(e)
      for (let i = 0; i < facetNames.length; i++) count(e, i)
    } else if (failures === 1) count(e, failed)
  }
  return { matches, facets }
}

/** The language a practice is listed in for this reader (its own fallback chain). */
export function listLanguage(e: PracticeEntry, reader: Locale): Locale | undefined {
  return pickLanguage(reader, (l) => Boolean(e.texts[l]))
}

/** Newest first: latest start date, then latest added. */
export function compareNewest(a: PracticeEntry, b: PracticeEntry): number {
  return (b.startDate ?? '').localeCompare(a.startDate ?? '') || b.createdAt.localeCompare(a.createdAt) || b.id - a.id
}

import { describe, expect, it } from 'vitest'
import { toEntry, type PracticeEntry } from './practice-entry'
import { emptyFilters, queryPractices, type PracticeFilters } from './query-practices'

let next = 1
function entry(fields: Record<string, unknown>, replications = 0): PracticeEntry {
  return toEntry(
    {
      id: next++,
      slug: `p${next}`,
      country: 'SE',
      municipality: 'Malmö',
      themes: [1],
      targetGroups: ['youth'],
      evidenceLevel: 'promising',
      actorType: 'municipality',
      runState: 'ongoing',
      startDate: '2020-01-01',
      createdAt: '2026-01-01',
      title: { sv: 'Läxhjälp i Malmö', en: 'Homework help in Malmö' },
      summary: { sv: 'Stöd efter skolan.' },
      ...fields,
    },
    replications,
  )
}

const entries = [
  entry({ country: 'SE', themes: [1, 2], targetGroups: ['youth'], evidenceLevel: 'proven' }, 2),
  entry({ country: 'SE', municipality: 'Umeå', themes: [2], targetGroups: ['youth', 'asylum-seekers'], runState: 'ended' }),
  entry({ country: 'DK', municipality: 'Vejle', themes: [1], targetGroups: ['labour-migrants'], title: { da: 'Job først' } }, 1),
  entry({ country: 'NO', municipality: null, themes: [3], targetGroups: ['youth'], actorType: 'ngo', title: { nb: 'Språkkafé' } }),
]
const filters = (f: Partial<PracticeFilters>) => ({ ...emptyFilters(), ...f })
const counts = (m: Map<string, number>) => Object.fromEntries([...m].sort())

describe('queryPractices', () => {
  it('without filters matches everything and counts every value', () => {
    const r = queryPractices(entries, emptyFilters())
    expect(r.matches).toHaveLength(4)
    expect(counts(r.facets.country)).toEqual({ DK: 1, NO: 1, SE: 2 })
    expect(counts(r.facets.targetGroup)).toEqual({ 'asylum-seekers': 1, 'labour-migrants': 1, youth: 3 })
    expect(counts(r.facets.replicated)).toEqual({ yes: 2 })
    expect(counts(r.facets.status)).toEqual({ ended: 1, ongoing: 3 })
  })

  it('ANDs across facets and ORs within one facet', () => {
    expect(queryPractices(entries, filters({ country: ['SE', 'DK'], targetGroup: ['youth'] })).matches.map((e) => e.country)).toEqual(['SE', 'SE'])
    expect(queryPractices(entries, filters({ country: ['SE', 'NO'] })).matches).toHaveLength(3)
  })

  it('counts each facet with the other filters applied but not its own', () => {
    const r = queryPractices(entries, filters({ country: ['SE'], theme: [2] }))
    expect(r.matches).toHaveLength(2)
    // Country counts ignore the country filter but honour the theme filter: only SE has theme 2.
    expect(counts(r.facets.country)).toEqual({ SE: 2 })
    // Theme counts ignore the theme filter but honour country = SE.
    expect(counts(r.facets.theme)).toEqual({ '1': 1, '2': 2 })
    expect(counts(r.facets.targetGroup)).toEqual({ 'asylum-seekers': 1, youth: 2 })
  })

  it('filters on replication and free text in any language, case-insensitively', () => {
    expect(queryPractices(entries, filters({ replicated: true })).matches.map((e) => e.country)).toEqual(['SE', 'DK'])
    expect(queryPractices(entries, filters({ q: 'JOB' })).matches.map((e) => e.country)).toEqual(['DK'])
    expect(queryPractices(entries, filters({ q: 'homework malmö' })).matches).toHaveLength(2)
    const r = queryPractices(entries, filters({ q: 'språkkafé', country: ['SE'] }))
    expect(r.matches).toHaveLength(0)
    expect(counts(r.facets.country)).toEqual({ NO: 1 })
  })

  it('treats national practices as having no municipality', () => {
    const r = queryPractices(entries, emptyFilters())
    expect(counts(r.facets.municipality)).toEqual({ Malmö: 1, Umeå: 1, Vejle: 1 })
  })

  it('keeps only practices in the reader’s language when asked, and counts the facets among them', () => {
    const r = queryPractices(entries, filters({ mine: true }), 'sv')
    expect(r.matches.map((e) => e.country)).toEqual(['SE', 'SE'])
    expect(counts(r.facets.country)).toEqual({ SE: 2 })
    expect(queryPractices(entries, filters({ mine: true }), 'da').matches.map((e) => e.country)).toEqual(['DK'])
    expect(queryPractices(entries, filters({ mine: false }), 'da').matches).toHaveLength(4)
  })
})

import { describe, expect, it } from 'vitest'
import type { PracticeEntry } from '../practices/search/practice-entry'
import { pickHomePractices } from './pick-home-practices'

const entry = (id: number, createdAt: string, replications = 0): PracticeEntry => ({
  id,
  slug: `p-${id}`,
  country: 'SE',
  municipality: null,
  themes: [],
  organisations: [],
  targetGroups: [],
  evidenceLevel: null,
  actorType: null,
  runState: null,
  startDate: null,
  createdAt,
  texts: { en: { title: `P ${id}`, summary: '' } },
  haystack: '',
  replications,
})

describe('pickHomePractices', () => {
  it('features the most replicated practices (newest first on ties) and never one without a replication', () => {
    const entries = [entry(1, '2026-01-01', 1), entry(2, '2026-02-01', 3), entry(3, '2026-03-01', 1), entry(4, '2026-04-01')]
    expect(pickHomePractices(entries, 2).featured.map((e) => e.id)).toEqual([2, 3])
    expect(pickHomePractices([entry(4, '2026-04-01')]).featured).toEqual([])
  })

  it('lists the most recently added of the rest, so nothing shows twice', () => {
    const entries = [entry(1, '2026-01-01', 2), entry(2, '2026-02-01'), entry(3, '2026-03-01'), entry(4, '2026-04-01')]
    const { featured, recent } = pickHomePractices(entries, 2)
    expect(featured.map((e) => e.id)).toEqual([1])
    expect(recent.map((e) => e.id)).toEqual([4, 3])
  })
})

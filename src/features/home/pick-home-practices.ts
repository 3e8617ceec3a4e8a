import type { PracticeEntry } from '../practices/search/practice-entry'

export type HomePractices = { featured: PracticeEntry[]; recent: PracticeEntry[] }

/**
 * The practices the home page puts forward. Practices have no editor-set "featured" flag (and the
 * home page adds no database field), so "featured" means proven elsewhere: the practices with the
 * most replication reports (at least one), which editors have reviewed and published; ties go to the
 * most recently added. "Recent" are the most recently added of the rest, so no practice shows twice.
 */
export function pickHomePractices(entries: readonly PracticeEntry[], count = 3): HomePractices {
  const newestFirst = [...entries].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id)
  const featured = newestFirst
    .filter((e) => e.replications > 0)
    .sort((a, b) => b.replications - a.replications)
    .slice(0, count)
  const shown = new Set(featured.map((e) => e.id))
  return { featured, recent: newestFirst.filter((e) => !shown.has(e.id)).slice(0, count) }
}

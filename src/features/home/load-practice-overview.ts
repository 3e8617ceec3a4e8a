import type { ReadContext } from '../../domain/read-context'
import { listThemes, type ThemeView } from '../themes/list-themes'
import type { PracticeEntry } from '../practices/search/practice-entry'
import { practiceIndex } from '../practices/search/practice-index'
import { emptyFilters, type FacetCounts } from '../practices/search/query-practices'

export type PracticeOverview = { themes: ThemeView[]; entries: PracticeEntry[]; facets: FacetCounts }

const loaded = new WeakMap<ReadContext, Promise<PracticeOverview>>()

/**
 * All published practices with their facet counts, as the unfiltered idea bank sees them, so the
 * home page's counts are the counts a reader finds after following a link. Several home sections
 * read it; it is loaded once per request (keyed by the request's context).
 */
export function loadPracticeOverview(ctx: ReadContext): Promise<PracticeOverview> {
  let overview = loaded.get(ctx)
  if (!overview) {
    overview = Promise.all([listThemes(ctx), practiceIndex(ctx.payload).query(emptyFilters(), 'newest', ctx.locale)]).then(
      ([themes, { matches, facets }]) => ({ themes, entries: matches, facets }),
    )
    loaded.set(ctx, overview)
  }
  return overview
}

import type { ReadContext } from '../../domain/read-context'
import { listThemes, type ThemeView } from '../themes/list-themes'
import type { PracticeEntry } from './search/practice-entry'
import { practiceIndex } from './search/practice-index'
import { parsePracticeQuery, type PracticeQuery } from './search/parse-practice-query'
import { listLanguage, type FacetCounts } from './search/query-practices'
import type { Locale } from '../../i18n/locales'

export const practicePageSize = 20

export type PracticeCard = { entry: PracticeEntry; language: Locale; title: string; summary: string }

export type PracticeList = {
  query: PracticeQuery
  themes: ThemeView[]
  total: number
  totalPages: number
  items: PracticeCard[]
  facets: FacetCounts
}

export function toPracticeCard(entry: PracticeEntry, reader: Locale): PracticeCard | undefined {
  const language = listLanguage(entry, reader)
  const text = language && entry.texts[language]
  return text ? { entry, language, title: text.title, summary: text.summary } : undefined
}

/**
 * The idea bank list: the URL state's filters (?country=SE&theme=housing&q=…, see
 * parsePracticeQuery) applied to the in-memory index of published practices.
 */
export async function listPractices(ctx: ReadContext, search: URLSearchParams): Promise<PracticeList> {
  const themes = await listThemes(ctx)
  const query = parsePracticeQuery(search, themes)
  const { matches, facets } = await practiceIndex(ctx.payload).query(query.filters, query.sort, ctx.locale)
  const start = (query.page - 1) * practicePageSize
  return {
    query,
    themes,
    total: matches.length,
    totalPages: Math.max(1, Math.ceil(matches.length / practicePageSize)),
    items: matches
      .slice(start, start + practicePageSize)
      .map((e) => toPracticeCard(e, ctx.locale))
      .filter((c): c is PracticeCard => Boolean(c)),
    facets,
  }
}

import { countryCodes, type CountryCode } from '../../../fields/countries'
import { BadRequest } from '../../../domain/errors'
import { pageParam } from '../../../domain/page-param'
import { onlyMineParam, parseOnlyMine } from '../../../domain/only-mine'
import type { ThemeView } from '../../themes/list-themes'
import { actorTypes, evidenceLevels, targetGroups, type ActorType, type EvidenceLevel, type TargetGroup } from '../vocabulary'
import { emptyFilters, type PracticeFilters, type PracticeSort, type StatusFacet } from './query-practices'

export type PracticeQuery = { filters: PracticeFilters; sort: PracticeSort; page: number }


function oneOf<T extends string>(values: string[], allowed: readonly string[]): T[] {
  for (const v of values) if (!allowed.includes(v)) throw new BadRequest()
  return [...new Set(values)] as T[]
}

/**
 * Reads the idea bank's URL state (?country=SE&country=NO&theme=housing&q=…&sort=title&page=2).
 * Values outside the vocabularies are a bad request, so a tampered URL never reaches the database.
 */
export function parsePracticeQuery(search: URLSearchParams, themes: ThemeView[]): PracticeQuery {
  const all = (name: string) => search.getAll(name).filter((v) => v !== '')
  const filters = emptyFilters()
  filters.country = oneOf<CountryCode>(all('country'), countryCodes)
  filters.targetGroup = oneOf<TargetGroup>(all('target'), targetGroups)
  filters.evidence = oneOf<EvidenceLevel>(all('evidence'), evidenceLevels)
  filters.actor = oneOf<ActorType>(all('actor'), actorTypes)
  filters.status = oneOf<StatusFacet>(all('status'), ['ongoing', 'ended'])
  filters.theme = all('theme').map((slug) => {
    const theme = themes.find((t) => t.slug === slug)
    if (!theme) throw new BadRequest()
    return theme.id
  })
  filters.municipality = all('municipality')
  if (filters.municipality.some((m) => m.length > 120)) throw new BadRequest()
  const replicated = search.get('replicated')
  if (replicated !== null && replicated !== '' && replicated !== '1') throw new BadRequest()
  filters.replicated = replicated === '1'
  const q = (search.get('q') ?? '').trim()
  if (q.length > 200) throw new BadRequest()
  filters.q = q
  filters.mine = parseOnlyMine(search)
  const sort = search.get('sort') ?? 'newest'
  if (sort !== 'newest' && sort !== 'title') throw new BadRequest()
  return { filters, sort, page: pageParam(search.get('page') ?? undefined) }
}

/** The same state back as query parameters (for pagination and sort links). */
export function practiceQueryParams(query: PracticeQuery, themes: ThemeView[]): [string, string][] {
  const f = query.filters
  const params: [string, string][] = [
    ...f.country.map((v): [string, string] => ['country', v]),
    ...f.municipality.map((v): [string, string] => ['municipality', v]),
    ...f.theme.map((id): [string, string] => ['theme', themes.find((t) => t.id === id)?.slug ?? '']),
    ...f.targetGroup.map((v): [string, string] => ['target', v]),
    ...f.evidence.map((v): [string, string] => ['evidence', v]),
    ...f.actor.map((v): [string, string] => ['actor', v]),
    ...f.status.map((v): [string, string] => ['status', v]),
  ]
  if (f.replicated) params.push(['replicated', '1'])
  if (f.q) params.push(['q', f.q])
  if (f.mine) params.push([onlyMineParam, 'mine'])
  if (query.sort !== 'newest') params.push(['sort', query.sort])
  return params
}

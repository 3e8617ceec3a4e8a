import { countryCodes, type CountryCode } from '../../../fields/countries'
import { BadRequest } from '../../../domain/errors'
import { onlyMineParam, parseOnlyMine } from '../../../domain/only-mine'
import { pageParam } from '../../../domain/page-param'
import { eventFormats, eventKinds, type EventFormat, type EventKind } from '../vocabulary'

/** The calendar's URL state: ?month=2026-09&country=SE&theme=housing&format=online&kind=own&lang=mine&page=2 */
export type EventQuery = {
  month?: string
  country?: CountryCode
  /** A theme's slug; the list resolves it (an unknown one is a 404 there). */
  theme?: string
  format?: EventFormat
  kind?: EventKind
  mine: boolean
  page: number
}

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/
const slugPattern = /^[a-z0-9-]{1,120}$/

/** One value of a parameter, or undefined when it is absent or empty; repeated values are refused. */
function one(search: URLSearchParams, name: string): string | undefined {
  const values = search.getAll(name).filter((v) => v !== '')
  if (values.length > 1) throw new BadRequest()
  return values[0]
}

function member<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined
  if (!(allowed as readonly string[]).includes(value)) throw new BadRequest()
  return value as T
}

/**
 * Reads the calendar's filters. A value outside the vocabularies (or a malformed month) is a bad
 * request, so a tampered URL never reaches the database.
 */
export function parseEventQuery(search: URLSearchParams): EventQuery {
  const month = one(search, 'month')
  if (month !== undefined && !monthPattern.test(month)) throw new BadRequest()
  const theme = one(search, 'theme')
  if (theme !== undefined && !slugPattern.test(theme)) throw new BadRequest()
  return {
    month,
    country: member(one(search, 'country'), countryCodes),
    theme,
    format: member(one(search, 'format'), eventFormats),
    kind: member(one(search, 'kind'), eventKinds),
    mine: parseOnlyMine(search),
    page: pageParam(one(search, 'page')),
  }
}

/** The same state back as query parameters (pagination links, feed links). */
export function eventQueryParams(q: EventQuery): [string, string][] {
  const params: [string, string][] = []
  if (q.month) params.push(['month', q.month])
  if (q.country) params.push(['country', q.country])
  if (q.theme) params.push(['theme', q.theme])
  if (q.format) params.push(['format', q.format])
  if (q.kind) params.push(['kind', q.kind])
  if (q.mine) params.push([onlyMineParam, 'mine'])
  return params
}

/** How many filters are chosen (the count on the phone's filter disclosure). */
export function chosenFilters(q: EventQuery): number {
  return [q.month, q.country, q.theme, q.format, q.kind].filter(Boolean).length + (q.mine ? 1 : 0)
}

/** ?year=2025 for the archive: four digits, or undefined. */
export function parseYear(search: URLSearchParams): number | undefined {
  const year = one(search, 'year')
  if (year === undefined) return undefined
  if (!/^\d{4}$/.test(year)) throw new BadRequest()
  return Number(year)
}

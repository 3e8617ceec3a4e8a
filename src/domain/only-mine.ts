import { BadRequest } from './errors'

/** The lists' URL state for "only in my language": `lang=mine`. */
export const onlyMineParam = 'lang'

/** Reads `lang=mine`; any other value is a bad request, so a tampered URL is refused, not ignored. */
export function parseOnlyMine(search: URLSearchParams): boolean {
  const values = search.getAll(onlyMineParam).filter((v) => v !== '')
  if (values.some((v) => v !== 'mine')) throw new BadRequest()
  return values.length > 0
}

import { BadRequest } from './errors'

/** Reads ?page=N: absent means 1, anything but a whole number from 1 to 10000 is a bad request. */
export function pageParam(value: string | undefined): number {
  if (value === undefined || value === '') return 1
  if (!/^\d{1,5}$/.test(value)) throw new BadRequest()
  const n = Number(value)
  if (n < 1 || n > 10000) throw new BadRequest()
  return n
}

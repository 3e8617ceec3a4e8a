import { icsLocal, icsOffset, offsetMinutes } from './zone-time'

type Transition = { at: Date; from: number; to: number }

/** The instants in [start, end) at which the zone's offset changes, found by halving to the minute. */
function transitions(zone: string, start: Date, end: Date): Transition[] {
  const found: Transition[] = []
  const step = 7 * 24 * 3_600_000
  for (let t = start.getTime(); t < end.getTime(); t += step) {
    const a = new Date(t)
    const b = new Date(Math.min(t + step, end.getTime()))
    const from = offsetMinutes(a, zone)
    const to = offsetMinutes(b, zone)
    if (from === to) continue
    let lo = a.getTime()
    let hi = b.getTime()
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 2 / 60_000) * 60_000
      if (offsetMinutes(new Date(mid), zone) === from) lo = mid
      else hi = mid
    }
    found.push({ at: new Date(hi), from, to })
  }
  return found
}

/**
 * A VTIMEZONE for `zone` covering the given years, from the platform's time-zone data: one
 * observance per actual change (no RRULE to get wrong), STANDARD or DAYLIGHT by which offset is
 * the larger, after one for the offset in force on 1 January of the first year.
 */
export function vtimezone(zone: string, years: readonly number[]): string[] {
  const first = Math.min(...years)
  const last = Math.max(...years)
  const start = new Date(Date.UTC(first, 0, 1))
  const end = new Date(Date.UTC(last + 1, 0, 1))
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`]
  // The offset in force when the covered years begin: without it, readers have no offset for
  // times before the first change of the year.
  const offset = icsOffset(offsetMinutes(start, zone))
  lines.push('BEGIN:STANDARD', `DTSTART:${first}0101T000000`, `TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`, 'END:STANDARD')
  const changes = transitions(zone, start, end)
  for (const c of changes) {
    const kind = c.to > c.from ? 'DAYLIGHT' : 'STANDARD'
    // DTSTART is the local time just before the change, in the offset being left.
    const localBefore = icsLocal(new Date(c.at.getTime() + c.from * 60_000), 'UTC')
    lines.push(`BEGIN:${kind}`, `DTSTART:${localBefore}`, `TZOFFSETFROM:${icsOffset(c.from)}`, `TZOFFSETTO:${icsOffset(c.to)}`, `END:${kind}`)
  }
  lines.push('END:VTIMEZONE')
  return lines
}

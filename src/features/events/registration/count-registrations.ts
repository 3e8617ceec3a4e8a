import type { Registration } from '../../../payload-types'

export type EventCounts = {
  registered: number
  attended: number
  byMode: Record<string, number>
  byCountry: Record<string, number>
  bySector: Record<string, number>
}

const add = (tally: Record<string, number>, key: string | null | undefined) => {
  const k = key ?? 'unknown'
  tally[k] = (tally[k] ?? 0) + 1
}

/**
 * The anonymous counts kept of an event after its personal data is gone: those who held a place
 * (cancelled and still-waiting registrations are not participants), how many came, and how they
 * split by mode, country and sector.
 */
export function countRegistrations(registrations: readonly Pick<Registration, 'status' | 'attended' | 'mode' | 'country' | 'sector'>[]): EventCounts {
  const counts: EventCounts = { registered: 0, attended: 0, byMode: {}, byCountry: {}, bySector: {} }
  for (const r of registrations) {
    if (r.status !== 'confirmed') continue
    counts.registered++
    if (r.attended) counts.attended++
    add(counts.byMode, r.mode)
    add(counts.byCountry, r.country)
    add(counts.bySector, r.sector)
  }
  return counts
}

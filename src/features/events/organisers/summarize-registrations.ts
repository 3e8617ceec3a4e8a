import type { Payload, TypedUser } from 'payload'
import type { Registration } from '../../../payload-types'
import type { AttendanceMode } from '../vocabulary'

export type ModeSummary = { mode: AttendanceMode; confirmed: number; waiting: number; cancelled: number; attended: number }
export type RegistrationSummary = { modes: ModeSummary[]; byCountry: Record<string, number>; confirmed: Registration[] }

/**
 * What an organiser sees of an event's registrations: per mode the confirmed, waiting, cancelled
 * and attended, the confirmed per country, and the confirmed people themselves (for check-in).
 * Read as the signed-in user, so it is empty for anyone who may not read registrations.
 */
export async function summarizeRegistrations(payload: Payload, user: TypedUser, eventId: number, modes: readonly AttendanceMode[]): Promise<RegistrationSummary> {
  const all = (await payload.find({ collection: 'registrations', where: { event: { equals: eventId } }, sort: 'name', pagination: false, depth: 0, overrideAccess: false, user })).docs as Registration[]
  const count = (mode: AttendanceMode, test: (r: Registration) => boolean) => all.filter((r) => r.mode === mode && test(r)).length
  const confirmed = all.filter((r) => r.status === 'confirmed')
  const byCountry: Record<string, number> = {}
  for (const r of confirmed) byCountry[r.country ?? 'other'] = (byCountry[r.country ?? 'other'] ?? 0) + 1
  return {
    modes: modes.map((mode) => ({
      mode,
      confirmed: count(mode, (r) => r.status === 'confirmed'),
      waiting: count(mode, (r) => r.status === 'waitlisted'),
      cancelled: count(mode, (r) => r.status === 'cancelled'),
      attended: count(mode, (r) => r.status === 'confirmed' && r.attended === true),
    })),
    byCountry,
    confirmed,
  }
}

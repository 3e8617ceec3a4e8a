import { countryCodes, type CountryCode } from '../../fields/countries'
import type { FieldError } from '../../web/forms/field-error'
import { FormReader } from '../../web/forms/form-reader'

/** Lengths follow the replications collection. */
export const replicationLimits = { municipality: 120, text: 3000, name: 200 } as const

export type ReplicationText = { changes: string; outcomes: string }

export type ReplicationReport = ReplicationText & {
  municipality: string
  country: CountryCode
  startDate?: string
  reporter: { name: string; email: string }
}

/** What changed and what came of it (both required), e.g. for a resubmission. */
export function readReplicationText(f: FormReader): ReplicationText {
  return {
    changes: f.text('changes', 'replicate.changes', { required: true, max: replicationLimits.text, multiline: true }),
    outcomes: f.text('outcomes', 'replicate.outcomes', { required: true, max: replicationLimits.text, multiline: true }),
  }
}

/** Checks a posted "we did this too" report, in the order of the form. */
export function validateReplication(body: unknown): { report?: ReplicationReport; errors: FieldError[] } {
  const f = new FormReader(body)
  const municipality = f.text('municipality', 'replicate.municipality', { required: true, max: replicationLimits.municipality })
  const country = f.choice('country', 'practice.country', countryCodes, { required: true })
  const startDate = f.date('startDate', 'propose.startDate')
  const text = readReplicationText(f)
  const reporter = {
    name: f.text('name', 'propose.yourName', { required: true, max: replicationLimits.name }),
    email: f.email('email', 'propose.yourEmail', { required: true }),
  }
  if (f.errors.length || !country) return { errors: f.errors }
  return { report: { municipality, country, startDate, ...text, reporter }, errors: [] }
}

import type { Payload } from 'payload'
import type { ReplicationSeed } from '../data/practice-types'

export async function createReplication(payload: Payload, seed: ReplicationSeed, practices: Map<string, number>): Promise<number> {
  const practice = practices.get(seed.practiceSlug)
  if (!practice) throw new Error(`No practice ${seed.practiceSlug} for a replication`)
  const doc = await payload.create({
    collection: 'replications',
    data: {
      practice,
      municipality: seed.municipality,
      country: seed.country,
      startDate: seed.startDate,
      language: seed.language,
      changes: seed.changes,
      outcomes: seed.outcomes,
      workflowStatus: seed.state,
      submitter: { name: seed.reporter.name, email: seed.reporter.email, locale: seed.language },
    },
    overrideAccess: true,
    context: { seeding: true },
  })
  return doc.id
}

import type { Payload } from 'payload'
import type { OrganisationSeed } from '../data/practice-types'
import { localizedCreate } from './localized-create'

export function createOrganisation(payload: Payload, seed: OrganisationSeed): Promise<number> {
  return localizedCreate(payload, {
    collection: 'organisations',
    shared: { name: seed.name, slug: seed.key, type: seed.type, country: seed.country, website: seed.website },
    translations: seed.description,
    toFields: (description) => ({ description }),
  })
}

import type { CollectionBeforeChangeHook } from 'payload'
import type { Organisation } from '../../../payload-types'
import { organisationTypeFor } from './organisation-type-for'

type Doc = Record<string, unknown>

const idOf = (v: unknown): unknown => (typeof v === 'object' && v !== null && 'id' in v ? (v as { id: unknown }).id : v)

/**
 * beforeChange of practices: when the editor ticks "Link or create this organisation", the
 * organisation the submitter proposed becomes a responsible organisation in one step: the directory
 * entry of that name (case does not matter) is linked, or a new one is made with the practice's
 * country and a type from its type of actor. Runs in the save's transaction; the tick is not kept.
 */
export const linkProposedOrganisation: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const asked = data.linkProposedOrganisation === true
  data.linkProposedOrganisation = false
  const original = originalDoc as Doc | undefined
  const name = String(('proposedOrganisation' in data ? data.proposedOrganisation : original?.proposedOrganisation) ?? '').trim()
  if (!asked || !name) return data
  // `like` is case-insensitive in both dialects; the exact name is then picked here.
  const found = await req.payload.find({ collection: 'organisations', where: { name: { like: name } }, depth: 0, limit: 50, pagination: false, req, overrideAccess: true })
  const same = found.docs.find((o) => o.name.trim().toLocaleLowerCase() === name.toLocaleLowerCase())
  const id =
    same?.id ??
    (
      await req.payload.create({
        collection: 'organisations',
        data: {
          name,
          slug: '', // made from the name by the slug field
          country: (('country' in data ? data.country : original?.country) ?? 'SE') as Organisation['country'],
          type: organisationTypeFor('actorType' in data ? data.actorType : original?.actorType),
        },
        req,
        overrideAccess: true,
      })
    ).id
  const current = (('organisations' in data ? data.organisations : original?.organisations) ?? []) as unknown[]
  const ids = current.map(idOf)
  data.organisations = ids.includes(id) ? ids : [...ids, id]
  return data
}

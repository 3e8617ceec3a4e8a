import type { Access, CollectionSlug, PayloadRequest, SanitizedConfig, Where } from 'payload'
import { hasRole } from './roles'

type Ref = { relationTo?: unknown; value?: unknown } | string | number | null | undefined

function idOf(ref: Ref): unknown {
  if (ref && typeof ref === 'object') {
    const value = ref.value
    return value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value
  }
  return ref
}

/** A lock may only ever carry the name of the user who sets it. */
function isOwnName(req: PayloadRequest, user: Ref): boolean {
  return req.user != null && String(idOf(user)) === String(req.user.id)
}

/** Staff may lock a document only if they may edit it (the collection's own update rule). */
async function mayEdit(req: PayloadRequest, document: Ref, globalSlug: unknown): Promise<boolean> {
  if (typeof globalSlug === 'string' && globalSlug) {
    const global = req.payload.config.globals.find((g) => g.slug === globalSlug)
    return global ? Boolean(await global.access.update?.({ req })) : false
  }
  if (!document || typeof document !== 'object' || typeof document.relationTo !== 'string') return false
  const slug = document.relationTo as CollectionSlug
  const collection = req.payload.collections[slug] as (typeof req.payload.collections)[CollectionSlug] | undefined
  const id = idOf(document)
  // Ids are numbers on both databases; a string id simply matches no document below.
  if (!collection || (typeof id !== 'string' && typeof id !== 'number')) return false
  const rule = await collection.config.access.update?.({ req, id: id as number })
  if (!rule) return false
  if (rule === true) return true
  // A query-shaped rule: the document must be one of those it lets through.
  const found = await req.payload.count({
    collection: slug,
    where: { and: [rule as Where, { id: { equals: id } }] },
    overrideAccess: true,
    req,
  })
  return found.totalDocs > 0
}

/**
 * Editors and admins see every lock. Other staff can edit only their own account, and the admin's
 * account page reads its lock with their rights, so they see (and may clear) that lock alone.
 */
const editorsOrOwnAccountLock: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (!req.user) return false
  const ownAccount: Where[] = [{ 'document.relationTo': { equals: 'users' } }, { 'document.value': { equals: req.user.id } }]
  return { and: ownAccount }
}

/**
 * Payload's own rule for document locks lets any signed-in user read, set and remove every lock,
 * in anyone's name (issue 7, finding 9). Locks are for the content staff: editors and admins, only
 * in their own name and only on documents they may edit (for other staff: their own account).
 */
export const lockedDocumentsAccess = {
  read: editorsOrOwnAccountLock,
  delete: editorsOrOwnAccountLock,
  create: async ({ req, data }) => isOwnName(req, data?.user) && (await mayEdit(req, data?.document, data?.globalSlug)),
  // The admin's "take over" sends only the new holder; moving a lock to another user is refused.
  update: (args) => {
    const { req, data } = args
    if (data?.user !== undefined && !isOwnName(req, data.user)) return false
    return editorsOrOwnAccountLock(args)
  },
} satisfies Record<string, Access>

/** Payload adds the locks collection while it sanitizes the config, so its rules are replaced after. */
export function restrictLockedDocuments(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((c) => c.slug === 'payload-locked-documents')
  if (locks) Object.assign(locks.access, lockedDocumentsAccess)
  return config
}

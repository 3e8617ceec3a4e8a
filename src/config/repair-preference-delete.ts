import { NotFound, UnauthorizedError, type PayloadHandler, type SanitizedConfig, type Where } from 'payload'

const slug = 'payload-preferences'

/**
 * DELETE /api/payload-preferences/:key, as Payload's own handler means it: the caller's preference
 * with that key, 404 when there is none. Payload 3.90.1 deletes with a condition on the polymorphic
 * `user` relationship; when no row matches, the SQL adapters retry that condition without its join
 * (invalid SQL): a 500 on both databases, found by the role matrix. Finding works; deleting by id too.
 */
export const deleteOwnPreference: PayloadHandler = async (req) => {
  if (!req.user) throw new UnauthorizedError(req.t)
  const where: Where = {
    and: [
      { key: { equals: req.routeParams?.key } },
      { 'user.value': { equals: req.user.id } },
      { 'user.relationTo': { equals: req.user.collection } },
    ],
  }
  const { docs } = await req.payload.db.find({ collection: slug, limit: 1, pagination: false, req, where })
  const own = docs[0]
  if (!own) throw new NotFound(req.t)
  const deleted = await req.payload.db.deleteOne({ collection: slug, req, where: { id: { equals: own.id } } })
  return Response.json({ ...deleted, message: req.t('general:deletedSuccessfully') }, { status: 200 })
}

/** Payload adds the preferences collection while it sanitizes the config, so its handler is replaced after. */
export function repairPreferenceDelete(config: SanitizedConfig): SanitizedConfig {
  const endpoints = config.collections.find((c) => c.slug === slug)?.endpoints
  const byKey = endpoints ? endpoints.find((e) => e.method === 'delete' && e.path === '/:key') : undefined
  if (byKey) byKey.handler = deleteOwnPreference
  return config
}

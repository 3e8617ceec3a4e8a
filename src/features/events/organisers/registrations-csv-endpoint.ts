import type { Endpoint } from 'payload'
import { hasRole } from '../../../access/roles'
import { isLocale } from '../../../i18n/locales'
import type { Registration } from '../../../payload-types'
import { registrationsCsv } from './registrations-csv'

/**
 * GET /api/events/:id/registrations.csv: an event's registrations for its organisers, as a file
 * Excel opens. Read as the signed-in user (the collection's own access decides what is in it).
 */
export const registrationsCsvEndpoint: Endpoint = {
  path: '/:id/registrations.csv',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'editor', 'organiser') || !req.user) return Response.json({ errors: [{ message: 'Forbidden' }] }, { status: 403 })
    const id = Number(req.routeParams?.id)
    if (!Number.isInteger(id) || id <= 0) return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
    const rows = (await req.payload.find({ collection: 'registrations', where: { event: { equals: id } }, sort: ['mode', 'queuedAt'], pagination: false, depth: 0, overrideAccess: false, user: req.user }))
      .docs as Registration[]
    const lang = isLocale(req.i18n?.language) ? req.i18n.language : 'en'
    return new Response(registrationsCsv(rows, lang), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="registrations-${id}.csv"`,
        'cache-control': 'private, no-store',
      },
    })
  },
}

import type { Endpoint } from 'payload'
import type { Subscriber } from '../../../payload-types'
import { refuseNonEditor } from '../editor-only'
import { subscribersCsv } from './subscribers-csv'

/** GET /api/subscribers/export.csv: every subscriber, for editors (personal data: never cached). */
export const exportSubscribersEndpoint: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    const refused = refuseNonEditor(req)
    if (refused) return refused
    const read = { pagination: false as const, depth: 0, overrideAccess: false, user: req.user }
    const [subscribers, themes] = await Promise.all([
      req.payload.find({ collection: 'subscribers', sort: 'id', ...read }),
      req.payload.find({ collection: 'themes', select: { slug: true }, ...read }),
    ])
    const slugs = new Map(themes.docs.map((t) => [t.id, t.slug]))
    return new Response(subscribersCsv(subscribers.docs as Subscriber[], slugs), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="subscribers-${new Date().toISOString().slice(0, 10)}.csv"`,
        'cache-control': 'private, no-store',
      },
    })
  },
}

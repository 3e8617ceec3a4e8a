import type { Endpoint } from 'payload'
import { refuseNonEditor } from '../editor-only'
import { figuresCsv } from './figures-csv'
import { readNewsletterFigures } from './read-newsletter-figures'

/**
 * GET /api/subscribers/figures.csv: the list per month and language, for editors;
 * `?table=issues` gives the sent issues with their deliveries instead.
 */
export const figuresCsvEndpoint: Endpoint = {
  path: '/figures.csv',
  method: 'get',
  handler: async (req) => {
    const refused = refuseNonEditor(req)
    if (refused) return refused
    const table = req.searchParams?.get('table') === 'issues' ? 'issues' : 'subscribers'
    return new Response(figuresCsv(await readNewsletterFigures(req.payload), table), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="newsletter-${table}-${new Date().toISOString().slice(0, 10)}.csv"`,
        'cache-control': 'private, no-store',
      },
    })
  },
}

import type { Payload } from 'payload'
import { rawRows } from '../../../db/raw-sql'

/** The batch numbers of an issue's deliveries, in order. */
export async function issueBatches(payload: Payload, issue: number): Promise<number[]> {
  const rows = await rawRows(
    payload,
    {
      postgres: 'SELECT DISTINCT batch FROM newsletter_deliveries WHERE issue_id = $1 ORDER BY batch',
      sqlite: 'SELECT DISTINCT batch FROM newsletter_deliveries WHERE issue_id = ? ORDER BY batch',
    },
    [issue],
  )
  return rows.map((r) => Number(r.batch))
}

import type { Payload } from 'payload'
import { rawRows } from '../../../db/raw-sql'

export type IssueCounts = { recipients: number; delivered: number; failed: number; uncertain: number }

/**
 * When none of the issue's deliveries is pending or sending any more, the issue is sent: its
 * status, time and counts are stored. Each batch calls this after its own last write, so the batch
 * that finishes last sees all the others' outcomes (two finishing together both store the same).
 */
export async function finishIssueIfDone(payload: Payload, issue: number): Promise<IssueCounts | undefined> {
  const rows = await rawRows(
    payload,
    {
      postgres: 'SELECT state, count(*) AS n FROM newsletter_deliveries WHERE issue_id = $1 GROUP BY state',
      sqlite: 'SELECT state, count(*) AS n FROM newsletter_deliveries WHERE issue_id = ? GROUP BY state',
    },
    [issue],
  )
  const n = (state: string) => Number(rows.find((r) => r.state === state)?.n ?? 0)
  if (n('pending') + n('sending') > 0) return undefined
  const counts: IssueCounts = { recipients: rows.reduce((s, r) => s + Number(r.n), 0), delivered: n('sent'), failed: n('failed'), uncertain: n('uncertain') }
  const current = await payload.findByID({ collection: 'newsletter-issues', id: issue, depth: 0, overrideAccess: true, disableErrors: true, select: { status: true, sentAt: true } })
  if (!current) return undefined
  await payload.update({
    collection: 'newsletter-issues',
    id: issue,
    data: { status: 'sent', sentAt: current.status === 'sent' && current.sentAt ? current.sentAt : new Date().toISOString(), counts },
    depth: 0,
    overrideAccess: true,
  })
  return counts
}

import type { Payload } from 'payload'
import type { Locale } from '../../i18n/locales'
import type { Receipt } from '../../web/forms/receipt'
import { issueReceipt } from '../workflow/issue-receipt'
import { newPrivateToken } from '../workflow/private-link'
import type { ReplicationReport } from './validate-replication'

export type ReportDeps = { payload: Payload; publicUrl: string }

/**
 * Stores a "we did this too" report for a published practice, in review ("submitted"), with a
 * reference and a private link (hash searchable, token sealed), and mails the receipt. The title
 * in the mail is the practice's, as the reader saw it.
 */
export async function reportReplication(
  deps: ReportDeps,
  locale: Locale,
  practice: { id: number; title: string },
  report: ReplicationReport,
): Promise<Receipt> {
  const { payload } = deps
  const { token, hash } = newPrivateToken()
  const submitter = { name: report.reporter.name, email: report.reporter.email, locale, tokenHash: hash, tokenSealed: payload.encrypt(token) }
  const doc = await payload.create({
    collection: 'replications',
    data: {
      practice: practice.id,
      municipality: report.municipality,
      country: report.country,
      startDate: report.startDate,
      language: locale,
      changes: report.changes,
      outcomes: report.outcomes,
      workflowStatus: 'submitted',
      submitter,
    },
    overrideAccess: true,
    context: { actor: 'submitter' },
  })
  const reference = await issueReceipt({
    payload,
    collection: 'replications',
    id: doc.id,
    prefix: 'RP',
    locale,
    submitter,
    title: `${practice.title} – ${report.municipality}`,
  })
  return { reference, email: report.reporter.email }
}

import type { TaskHandler } from 'payload'
import { sendSubmitterEmail, type Notice } from '../../features/workflow/emails'

type Submitter = { email?: string | null; locale?: string | null; reference?: string | null; tokenSealed?: string | null }

/**
 * Reads the contribution as it is now (the address and the sealed private link live only there) and
 * sends the mail. Throwing lets the queue retry with backoff; a contribution that is gone, or has no
 * address, has nobody to tell and completes without a mail.
 */
export const mailSubmitter: TaskHandler<'mailSubmitter'> = async ({ input, req }) => {
  const { payload } = req
  // Job input comes back from the database: check it before acting on it.
  if ((input.collection !== 'practices' && input.collection !== 'replications') || !isNotice(input.notice)) {
    throw new Error(`mailSubmitter: unexpected input ${JSON.stringify({ collection: input.collection, notice: input.notice })}`)
  }
  const doc = await payload
    .findByID({ collection: input.collection, id: input.id, depth: 0, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  const submitter = (doc as { submitter?: Submitter } | null)?.submitter
  if (!doc || !submitter?.email || !submitter.tokenSealed) return { output: { skipped: true } }
  const base = payload.config.serverURL
  const locale = submitter.locale ?? 'en'
  const token = payload.decrypt(submitter.tokenSealed)
  const record = doc as { slug?: unknown; id: number }
  await sendSubmitterEmail({
    payload,
    to: submitter.email,
    locale,
    notice: input.notice,
    title: input.title,
    reference: submitter.reference ?? String(record.id),
    statusUrl: `${base}/${locale}/submissions/${token}`,
    publicUrl: input.collection === 'practices' && typeof record.slug === 'string' ? `${base}/${locale}/practices/${record.slug}` : undefined,
    note: input.note,
  })
  return { output: {} }
}

const notices: readonly string[] = ['received', 'changes-requested', 'published', 'declined'] satisfies Notice[]
const isNotice = (value: string): value is Notice => notices.includes(value)

import type { Payload } from 'payload'
import type { Locale } from '../../i18n/locales'
import { queueSubmitterMail } from '../../jobs/queue-submitter-mail'
import { referenceFor } from './private-link'

type Args = {
  payload: Payload
  collection: 'practices' | 'replications'
  id: number
  /** "IB" for proposals, "RP" for replication reports. */
  prefix: string
  locale: Locale
  submitter: Record<string, unknown> & { email: string }
  title: string
}

/**
 * Gives a freshly stored contribution its reference (known only once it has an id) and queues the
 * receipt mail with the private link. The reader's post never waits on SMTP; the mail job retries
 * until the mail server answers, and editors see it in the admin if it fails for good.
 */
export async function issueReceipt(args: Args): Promise<string> {
  const { payload, locale } = args
  const reference = referenceFor(args.prefix, args.id)
  await payload.update({
    collection: args.collection,
    id: args.id,
    locale,
    data: { submitter: { ...args.submitter, reference } },
    overrideAccess: true,
    context: { actor: 'submitter' },
  })
  await queueSubmitterMail(payload, { collection: args.collection, id: args.id, notice: 'received', title: args.title })
  return reference
}

import type { Payload } from 'payload'
import type { Locale } from '../../i18n/locales'
import { sendSubmitterEmail } from './emails'
import { referenceFor } from './private-link'

type Args = {
  payload: Payload
  collection: 'practices' | 'replications'
  id: number
  /** "IB" for proposals, "RP" for replication reports. */
  prefix: string
  locale: Locale
  submitter: Record<string, unknown> & { email: string }
  token: string
  title: string
  publicUrl: string
}

/**
 * Gives a freshly stored contribution its reference (known only once it has an id) and mails the
 * submitter the receipt with their private link. A failed mail is logged, not thrown: the
 * contribution is stored and its reference shown, and editors can reach the submitter by hand.
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
  try {
    await sendSubmitterEmail({
      payload,
      to: args.submitter.email,
      locale,
      notice: 'received',
      title: args.title,
      reference,
      statusUrl: `${args.publicUrl}/${locale}/submissions/${args.token}`,
    })
  } catch (error) {
    payload.logger.error({ err: error }, `the receipt for ${reference} could not be mailed`)
  }
  return reference
}

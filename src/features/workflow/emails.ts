import type { Payload } from 'payload'
import { isLocale, type Locale } from '../../i18n/locales'
import { translate } from '../../i18n/translate'

export type Notice = 'received' | 'changes-requested' | 'published' | 'declined'

type Args = {
  payload: Payload
  to: string
  locale: string | null | undefined
  notice: Notice
  title: string
  reference: string
  /** The submitter's private status page. */
  statusUrl: string
  /** The public page, once published. */
  publicUrl?: string
  note?: string | null
}

const keys = {
  received: ['email.received.subject', 'email.received.body'],
  'changes-requested': ['email.changes.subject', 'email.changes.body'],
  published: ['email.published.subject', 'email.published.body'],
  declined: ['email.declined.subject', 'email.declined.body'],
} as const

/** Mails the submitter of a practice or replication report, in the language they wrote in. */
export async function sendSubmitterEmail(args: Args): Promise<void> {
  const locale: Locale = isLocale(args.locale) ? args.locale : 'en'
  const [subjectKey, bodyKey] = keys[args.notice]
  const values = {
    title: args.title,
    reference: args.reference,
    link: args.statusUrl,
    page: args.publicUrl ?? args.statusUrl,
    note: args.note ?? '',
  }
  // One brand name per language: the sender's name is the site's name in the mail's language (the
  // address is the configured one, MAIL_FROM), and the signature says the same.
  const brand = translate(locale, 'site.name')
  await args.payload.sendEmail({
    from: { name: brand, address: args.payload.email.defaultFromAddress },
    to: args.to,
    subject: translate(locale, subjectKey, values),
    text: `${translate(locale, bodyKey, values)}\n\n— ${brand}\n`,
  })
}

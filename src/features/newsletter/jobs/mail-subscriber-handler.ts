import type { TaskHandler } from 'payload'
import { isLocale } from '../../../i18n/locales'
import { translate } from '../../../i18n/translate'
import type { Subscriber } from '../../../payload-types'
import { confirmPath, preferencesPath } from '../links'
import { composeSubscriberMail, subscriberNotices, type SubscriberNotice } from '../mail/compose-subscriber-mail'

const isNotice = (v: string): v is SubscriberNotice => (subscriberNotices as readonly string[]).includes(v)

/**
 * Sends a subscription mail, read as things are when the job runs: a confirmation goes only to an
 * address still pending (not one confirmed, unsubscribed or erased since), "already subscribed"
 * only to a live subscription. Throwing lets the queue retry an SMTP failure.
 */
export const mailSubscriber: TaskHandler<'mailSubscriber'> = async ({ input, req }) => {
  const { payload } = req
  if (!isNotice(input.notice)) throw new Error(`mailSubscriber: unexpected notice ${JSON.stringify(input.notice)}`)
  const s = (await payload.findByID({ collection: 'subscribers', id: input.subscriber, depth: 0, overrideAccess: true, disableErrors: true })) as Subscriber | null
  if (!s) return { output: { skipped: 'gone' } }
  const locale = isLocale(s.locale) ? s.locale : 'en'
  const base = payload.config.serverURL
  let link: string
  if (input.notice === 'confirm') {
    if (s.status !== 'pending' || !input.sealed) return { output: { skipped: s.status } }
    link = base + confirmPath(locale, payload.decrypt(input.sealed))
  } else {
    if (s.status !== 'confirmed' && s.status !== 'paused') return { output: { skipped: s.status } }
    link = base + preferencesPath(locale, payload.decrypt(s.tokenSealed))
  }
  const mail = composeSubscriberMail(input.notice, locale, link)
  await payload.sendEmail({
    from: { name: translate(locale, 'site.name'), address: payload.email.defaultFromAddress },
    to: s.email,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
  })
  return { output: {} }
}

import type { TaskHandler } from 'payload'
import { isLocale } from '../../../i18n/locales'
import { translate } from '../../../i18n/translate'
import { composeNewsletterMail, type IssueAllLocales } from './compose-newsletter-mail'
import { newsletterHeaders } from './newsletter-headers'
import { newsletterMailSettings } from './newsletter-mail-settings'
import { sendNewsletterMail } from './send-newsletter-mail'

/**
 * A test copy of an issue to the addresses an editor gave (comma-separated), in one language, over
 * the same path as the real send: marked as a test in the subject, no deliveries, no personal links.
 */
export const sendNewsletterTest: TaskHandler<'sendNewsletterTest'> = async ({ input, req }) => {
  const { payload } = req
  if (!isLocale(input.locale)) throw new Error(`sendNewsletterTest: unknown locale ${JSON.stringify(input.locale)}`)
  const locale = input.locale
  const settings = newsletterMailSettings(payload)
  const issue = (await payload.findByID({ collection: 'newsletter-issues', id: input.issue, locale: 'all', depth: 0, overrideAccess: true, disableErrors: true })) as IssueAllLocales | null
  if (!issue) return { output: { skipped: 'gone' } }
  const mail = composeNewsletterMail(issue, locale, { publicUrl: settings.publicUrl, test: true })
  const to = input.to.split(',').map((a) => a.trim()).filter((a) => /^[^\s@]+@[^\s@]+$/.test(a))
  for (const address of to) {
    const envelope = newsletterHeaders({ publicUrl: settings.publicUrl, bounceDomain: settings.newsletter.bounceDomain, secret: payload.secret, locale })
    await sendNewsletterMail(payload, settings, { ...envelope, to: address, subject: mail.subject, html: mail.html, text: mail.text, fromName: translate(locale, 'site.name') })
  }
  return { output: { sent: to.length } }
}

import type { Payload } from 'payload'
import { translate } from '../../../i18n/translate'
import type { Locale } from '../../../i18n/locales'
import { composeNewsletterMail, type ComposedNewsletter, type IssueAllLocales } from './compose-newsletter-mail'
import { newsletterHeaders } from './newsletter-headers'
import type { NewsletterMailSettings } from './newsletter-mail-settings'
import type { PendingDelivery } from './pending-deliveries'
import { processSendLimits } from './process-send-limits'
import { sendNewsletterMail } from './send-newsletter-mail'
import { setDeliveryState } from './set-delivery-state'
import { smtpOutcome } from './smtp-outcome'

export type BatchResult = { sent: number; failed: number; uncertain: number; retry: number }

// Composed once per language with this in place of the token, then personalised by replacement.
const placeholder = 'NEWSLETTERTOKENPLACEHOLDER'

/**
 * Sends a batch's pending deliveries, one loop per pooled SMTP connection. Each copy is claimed
 * (`pending` → `sending`, stored) before its SMTP transaction and its outcome stored after it, while
 * holding one of the process's connection slots: a crash leaves at most the pool size in `sending`.
 * A temporary refusal puts the copy back to `pending` and stops that loop (the job retries later).
 */
export async function deliverBatch(payload: Payload, settings: NewsletterMailSettings, issue: IssueAllLocales, pending: PendingDelivery[]): Promise<BatchResult> {
  const { slots, bucket } = processSendLimits(settings)
  const result: BatchResult = { sent: 0, failed: 0, uncertain: 0, retry: 0 }
  const composed = new Map<Locale, ComposedNewsletter>()
  const compose = (locale: Locale) => {
    let mail = composed.get(locale)
    if (!mail) composed.set(locale, (mail = composeNewsletterMail(issue, locale, { publicUrl: settings.publicUrl, token: placeholder })))
    return mail
  }
  let next = 0
  let halted = false

  const deliverOne = async (d: PendingDelivery) => {
    if (!d.subscribed || !d.tokenSealed) {
      // Unsubscribed, paused or erased since the fan-out: they get nothing.
      if (await setDeliveryState(payload, d.id, 'pending', 'failed', { error: 'no longer subscribed when the batch ran' })) result.failed++
      return
    }
    const token = payload.decrypt(d.tokenSealed)
    const mail = compose(d.locale)
    const personal = (s: string) => s.split(placeholder).join(token)
    const envelope = newsletterHeaders({ publicUrl: settings.publicUrl, bounceDomain: settings.newsletter.bounceDomain, secret: payload.secret, locale: d.locale, token, delivery: d.id })
    await bucket.take()
    if (!(await setDeliveryState(payload, d.id, 'pending', 'sending'))) return
    try {
      const messageId = await sendNewsletterMail(payload, settings, {
        ...envelope,
        to: d.email,
        subject: mail.subject,
        html: personal(mail.html),
        text: personal(mail.text),
        fromName: translate(d.locale, 'site.name'),
      })
      await setDeliveryState(payload, d.id, 'sending', 'sent', { messageId })
      result.sent++
    } catch (error) {
      const outcome = smtpOutcome(error)
      await setDeliveryState(payload, d.id, 'sending', outcome, { error: error instanceof Error ? error.message : String(error) })
      if (outcome === 'pending') {
        result.retry++
        halted = true
      } else result[outcome]++
    }
  }

  const loop = async () => {
    while (!halted && next < pending.length) {
      const d = pending[next++]
      await slots.acquire()
      try {
        await deliverOne(d)
      } finally {
        slots.release()
      }
    }
  }
  await Promise.all(Array.from({ length: settings.newsletter.poolSize }, loop))
  return result
}

import type { Payload } from 'payload'
import type { NewsletterEnvelope } from './newsletter-headers'
import type { NewsletterMailSettings } from './newsletter-mail-settings'
import { newsletterTransport } from './newsletter-transport'

export type NewsletterMail = NewsletterEnvelope & { to: string; subject: string; text: string; html: string; fromName: string }

/**
 * Sends one newsletter copy over the process's pooled transport; without SMTP_URL (development)
 * through Payload's mail adapter, i.e. into the file outbox. Returns the Message-ID sent.
 */
export async function sendNewsletterMail(payload: Payload, settings: NewsletterMailSettings, mail: NewsletterMail): Promise<string> {
  const from = { name: mail.fromName, address: payload.email.defaultFromAddress }
  const message = {
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: mail.messageId,
    headers: mail.headers,
    ...(mail.returnPath ? { envelope: { from: mail.returnPath, to: mail.to } } : {}),
  }
  const transport = newsletterTransport(settings)
  if (transport) await transport.sendMail(message)
  else await payload.sendEmail(message)
  return mail.messageId
}

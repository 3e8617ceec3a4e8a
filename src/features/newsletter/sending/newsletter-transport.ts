import nodemailer, { type Transporter } from 'nodemailer'
import { parseConnectionUrl } from 'nodemailer/lib/shared/index.js'
import type SMTPPool from 'nodemailer/lib/smtp-pool'
import { dkimOptions } from '../../email/dkim-options'
import type { NewsletterMailSettings } from './newsletter-mail-settings'

const transports = new Map<string, Transporter<SMTPPool.SentMessageInfo>>()

/**
 * The process's pooled SMTP transport for newsletters: `NEWSLETTER_SMTP_POOL` connections kept
 * open, DKIM-signed when a key is configured. One per process and settings, shared by every batch
 * running here, so the pool size bounds the open SMTP transactions of the whole process. Undefined
 * without SMTP_URL: nodemailer never runs without a transport (it would make a test account).
 */
export function newsletterTransport(settings: NewsletterMailSettings): Transporter<SMTPPool.SentMessageInfo> | undefined {
  const { smtpUrl, newsletter } = settings
  if (!smtpUrl) return undefined
  const key = [smtpUrl, newsletter.poolSize, newsletter.dkim?.domain, newsletter.dkim?.selector].join('\u0000')
  let transport = transports.get(key)
  if (!transport) {
    const options: SMTPPool.Options = {
      ...parseConnectionUrl(smtpUrl),
      pool: true,
      maxConnections: newsletter.poolSize,
      // A connection stays open for the whole send; nodemailer's default closes it after 100 messages.
      maxMessages: Infinity,
      dkim: dkimOptions(newsletter.dkim),
    }
    transport = nodemailer.createTransport(options)
    transports.set(key, transport)
  }
  return transport
}

/** Closes this process's pooled connections (at shutdown; the next send opens new ones). */
export function closeNewsletterTransports(): void {
  for (const transport of transports.values()) transport.close()
  transports.clear()
}

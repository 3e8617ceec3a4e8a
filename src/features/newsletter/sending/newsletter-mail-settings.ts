import type { Payload } from 'payload'
import type { Env, NewsletterSettings } from '../../../config/env'

/** What sending needs from the environment, kept on the Payload config (`custom`, server-only). */
export type NewsletterMailSettings = {
  smtpUrl?: string
  mailFrom: string
  publicUrl: string
  newsletter: NewsletterSettings
}

/** For buildPayloadConfig: the environment's part that sending reads back through `newsletterMailSettings`. */
export function newsletterMailCustom(config: Env): { newsletterMail: NewsletterMailSettings } {
  return { newsletterMail: { smtpUrl: config.smtpUrl, mailFrom: config.mailFrom, publicUrl: config.publicUrl, newsletter: config.newsletter } }
}

/** The running instance's sending settings (its own environment, also in tests with several instances). */
export function newsletterMailSettings(payload: Payload): NewsletterMailSettings {
  const settings = (payload.config.custom as { newsletterMail?: NewsletterMailSettings } | undefined)?.newsletterMail
  if (!settings) throw new Error('newsletter mail settings missing from the Payload config (custom.newsletterMail)')
  return settings
}

import { randomUUID } from 'node:crypto'
import type { Locale } from '../../../i18n/locales'
import { unsubscribeMailto, verpAddress } from '../addresses'
import { unsubscribePath } from '../links'

export type NewsletterEnvelope = {
  /** The header fields beyond From/To/Subject: List-Id and, for a subscriber, List-Unsubscribe(-Post). */
  headers: Record<string, string>
  messageId: string
  /** The envelope sender (MAIL FROM): the delivery's VERP address, where bounces come back. */
  returnPath?: string
}

/** The site's host name, for Message-ID and List-Id (PUBLIC_URL's host without the port). */
const hostOf = (publicUrl: string) => new URL(publicUrl).hostname

/**
 * The headers of one newsletter copy. A subscriber's copy carries RFC 8058 one-click unsubscribe
 * (the https URL first, which a POST honours at once, then a mailto to the bounce domain) and
 * returns its bounces to its own VERP address; a test copy (no subscriber, no delivery) neither.
 */
export function newsletterHeaders(args: {
  publicUrl: string
  bounceDomain: string
  secret: string
  locale: Locale
  token?: string
  delivery?: number
}): NewsletterEnvelope {
  const host = hostOf(args.publicUrl)
  const headers: Record<string, string> = { 'List-Id': `Newsletter <newsletter.${host}>` }
  if (args.token) {
    const oneClick = `${args.publicUrl}${unsubscribePath(args.locale, args.token)}`
    headers['List-Unsubscribe'] = `<${oneClick}>, <mailto:${unsubscribeMailto(args.token, args.bounceDomain)}>`
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click'
  }
  return {
    headers,
    messageId: `<${randomUUID()}@${host}>`,
    returnPath: args.delivery === undefined ? undefined : verpAddress(args.secret, args.delivery, args.bounceDomain),
  }
}

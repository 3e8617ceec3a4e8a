import type { NewsletterSettings } from '../../config/env'

/**
 * nodemailer's DKIM options for the configured key. The signed headers are nodemailer's defaults
 * (RFC 6376 §5.4) plus List-Unsubscribe-Post: RFC 8058 §4 requires both List-Unsubscribe headers to
 * be covered, so a forwarder cannot add a one-click target to someone else's mail.
 */
export function dkimOptions(dkim: NewsletterSettings['dkim']) {
  if (!dkim) return undefined
  return {
    domainName: dkim.domain,
    keySelector: dkim.selector,
    privateKey: dkim.privateKey,
    headerFieldNames: [
      'From', 'Sender', 'Reply-To', 'Subject', 'Date', 'Message-ID', 'To', 'Cc', 'MIME-Version', 'Content-Type',
      'Content-Transfer-Encoding', 'In-Reply-To', 'References', 'List-Id', 'List-Unsubscribe', 'List-Unsubscribe-Post',
    ].join(':'),
  }
}

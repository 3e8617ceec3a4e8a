import { simpleParser, type MailParserOptions } from 'mailparser'
import type { BounceKind } from '../vocabulary'
import { bounceKindOf } from './bounce-kind-of'
import { readHeaderFields, type HeaderFields } from './read-header-fields'

/** What a delivery-status or feedback report says about one copy we sent. */
export type BounceReport = {
  kind: BounceKind
  /** The DSN's Status (5.1.1) or the feedback type (abuse). */
  status: string
  diagnostic?: string
  /** The address that bounced or complained (Final-Recipient, Original-Rcpt-To, the original To). */
  recipient?: string
  /** The return path of the original message (our VERP address) when the report quotes it. */
  returnPath?: string
  /** The original message's Message-ID, when the report quotes its header. */
  originalMessageId?: string
}

// mailparser's splitter also takes `ignoreEmbedded` (not in its types): without it, an inline
// message/rfc822 part is parsed into the report and its header lost; with it, it is a part we read.
const parserOptions = { keepDeliveryStatus: true, ignoreEmbedded: true, skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true } as MailParserOptions

const address = (field: string | undefined) => {
  // "rfc822; a@b", "<a@b>", "Name <a@b>"
  const value = field?.replace(/^\s*rfc822\s*;/i, '').trim()
  const m = value ? (/<([^<>\s]+@[^<>\s]+)>/.exec(value) ?? /([^\s<>;,"]+@[^\s<>;,"]+)/.exec(value)) : null
  return m?.[1]
}

const messageId = (field: string | undefined) => /<[^<>\s]+>/.exec(field ?? '')?.[0]

/**
 * Reads a bounce (RFC 3464 multipart/report; report-type=delivery-status) or a complaint (RFC 5965
 * multipart/report; report-type=feedback-report, Feedback-Type abuse or fraud). Anything else (an
 * auto-reply, a DSN reporting success, a bounce in free prose) is undefined: nothing to act on.
 * Our newsletter mails have one recipient each, so the first failed or delayed recipient counts.
 */
export async function parseBounceReport(raw: Buffer | string): Promise<BounceReport | undefined> {
  const mail = await simpleParser(raw, parserOptions)
  const type = mail.headers.get('content-type')
  const reportType = typeof type === 'object' && type && 'params' in type ? type.params['report-type']?.toLowerCase() : undefined
  const part = (contentType: string) => mail.attachments.find((a) => a.contentType.toLowerCase() === contentType)
  const originalPart = part('message/rfc822') ?? part('text/rfc822-headers') ?? part('message/rfc822-headers')
  const original: HeaderFields = originalPart ? (readHeaderFields(originalPart.content.toString('utf8'), true)[0] ?? {}) : {}
  const quoted = { returnPath: address(original['return-path']), originalMessageId: messageId(original['message-id']) }

  if (reportType === 'feedback-report') {
    const report = part('message/feedback-report')
    const fields = report ? (readHeaderFields(report.content.toString('utf8'))[0] ?? {}) : {}
    const feedbackType = fields['feedback-type']?.toLowerCase()
    if (feedbackType !== 'abuse' && feedbackType !== 'fraud') return undefined
    return {
      kind: 'complaint',
      status: feedbackType,
      recipient: address(fields['original-rcpt-to']) ?? address(original.to),
      returnPath: address(fields['original-mail-from']) ?? quoted.returnPath,
      originalMessageId: quoted.originalMessageId,
    }
  }
  if (reportType === 'delivery-status') {
    const report = part('message/delivery-status')
    if (!report) return undefined
    const [perMessage = {}, ...recipients] = readHeaderFields(report.content.toString('utf8'))
    for (const r of recipients) {
      const kind = bounceKindOf(r.action, r.status)
      if (!kind) continue
      return {
        kind,
        status: /^\d\.\d{1,3}\.\d{1,3}/.exec(r.status ?? '')?.[0] ?? (kind === 'soft' ? '4.0.0' : '5.0.0'),
        diagnostic: r['diagnostic-code']?.slice(0, 500),
        recipient: address(r['original-recipient']) ?? address(r['final-recipient']),
        // Postfix names the envelope sender of the bounced mail in the per-message block.
        returnPath: quoted.returnPath ?? address(perMessage['x-postfix-sender']),
        originalMessageId: quoted.originalMessageId,
      }
    }
  }
  return undefined
}

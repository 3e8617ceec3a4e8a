/**
 * Bounces and complaints in the formats mail systems send: a Postfix-style RFC 3464 delivery-status
 * notification and an RFC 5965 abuse report (the RFC's own example, adapted). CRLF line ends, as on
 * the wire.
 */
export type DsnFacts = {
  /** The envelope recipient of the bounce: our VERP return path (also in the To header). */
  to: string
  recipient: string
  action?: 'failed' | 'delayed' | 'delivered'
  status?: string
  diagnostic?: string
  /** Message-ID of the report itself (an MTA sending the same report again keeps it). */
  reportId?: string
  /** The bounced message's Message-ID, quoted in its returned header. */
  originalMessageId?: string
  /** Quote the return path in the returned header (some MTAs do, some do not). */
  quoteReturnPath?: boolean
}

const crlf = (lines: string[]) => `${lines.join('\r\n')}\r\n`

export function dsnMessage(f: DsnFacts): string {
  const action = f.action ?? 'failed'
  const status = f.status ?? (action === 'failed' ? '5.1.1' : '4.4.1')
  const diagnostic = f.diagnostic ?? (status.startsWith('5') ? `smtp; 550 ${status} <${f.recipient}>: Recipient address\r\n    rejected: User unknown in virtual mailbox table` : `smtp; 451 ${status} Greylisted, try again later`)
  const boundary = '3F1A21C0D2.1764669601/mx.example.net'
  return crlf([
    'Return-Path: <>',
    'Received: by mx.example.net (Postfix) id 3F1A21C0D2; Wed,  2 Dec 2026 10:00:01 +0000 (UTC)',
    'Date: Wed,  2 Dec 2026 10:00:01 +0000 (UTC)',
    'From: MAILER-DAEMON@mx.example.net (Mail Delivery System)',
    action === 'failed' ? 'Subject: Undelivered Mail Returned to Sender' : 'Subject: Delayed Mail (still being retried)',
    `To: ${f.to}`,
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status;',
    `\tboundary="${boundary}"`,
    'Content-Transfer-Encoding: 7bit',
    `Message-Id: ${f.reportId ?? `<${Date.now()}.${Math.random().toString(36).slice(2)}@mx.example.net>`}`,
    '',
    'This is a MIME-encapsulated message.',
    '',
    `--${boundary}`,
    'Content-Description: Notification',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'This is the mail system at host mx.example.net.',
    '',
    "I'm sorry to have to inform you that your message could not",
    'be delivered to one or more recipients.',
    '',
    `<${f.recipient}>: host mail.example.net[192.0.2.1] said: 550 ${status}`,
    '',
    `--${boundary}`,
    'Content-Description: Delivery report',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.net',
    'X-Postfix-Queue-ID: 3F1A21C0D2',
    'Arrival-Date: Wed,  2 Dec 2026 09:59:59 +0000 (UTC)',
    '',
    `Final-Recipient: rfc822; ${f.recipient}`,
    `Original-Recipient: rfc822;${f.recipient}`,
    `Action: ${action}`,
    `Status: ${status}`,
    'Remote-MTA: dns; mail.example.net',
    `Diagnostic-Code: ${diagnostic}`,
    '',
    `--${boundary}`,
    'Content-Description: Undelivered Message Headers',
    'Content-Type: text/rfc822-headers',
    '',
    ...(f.quoteReturnPath ? [`Return-Path: <${f.to}>`] : []),
    'Received: from app.example.org (app.example.org [192.0.2.10])',
    '\tby mx.example.net (Postfix) with ESMTPS id 3F1A21C0D2',
    '\tfor <' + f.recipient + '>; Wed,  2 Dec 2026 09:59:59 +0000 (UTC)',
    'From: Nordic Integration Clearinghouse <news@example.org>',
    `To: ${f.recipient}`,
    'Subject: Newsletter',
    `Message-ID: ${f.originalMessageId ?? '<issue-1.1@example.org>'}`,
    '',
    `--${boundary}--`,
  ])
}

export type ArfFacts = {
  /** Where the feedback loop sends reports (a VERP address, or the plain bounces@ address). */
  to: string
  recipient: string
  feedbackType?: string
  /** The original envelope sender, in Original-Mail-From (optional in RFC 5965). */
  mailFrom?: string
  originalMessageId?: string
  reportId?: string
}

export function arfMessage(f: ArfFacts): string {
  const boundary = 'part1_13d.2e68ed54_boundary'
  return crlf([
    'From: <abusedesk@example.com>',
    'Date: Thu, 8 Mar 2026 17:40:36 EDT',
    'Subject: FW: Newsletter',
    `To: <${f.to}>`,
    'MIME-Version: 1.0',
    `Message-ID: ${f.reportId ?? `<arf-${Date.now()}.${Math.random().toString(36).slice(2)}@example.com>`}`,
    'Content-Type: multipart/report; report-type=feedback-report;',
    `     boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset="US-ASCII"',
    'Content-Transfer-Encoding: 7bit',
    '',
    'This is an email abuse report for an email message received from IP',
    '192.0.2.10 on Thu, 8 Mar 2026 14:00:00 EDT.',
    '',
    `--${boundary}`,
    'Content-Type: message/feedback-report',
    '',
    `Feedback-Type: ${f.feedbackType ?? 'abuse'}`,
    'User-Agent: SomeGenerator/1.0',
    'Version: 1',
    ...(f.mailFrom ? [`Original-Mail-From: <${f.mailFrom}>`] : []),
    `Original-Rcpt-To: <${f.recipient}>`,
    'Arrival-Date: Thu, 8 Mar 2026 14:00:00 EDT',
    'Reporting-MTA: dns; mail.example.com',
    'Source-IP: 192.0.2.10',
    '',
    `--${boundary}`,
    'Content-Type: message/rfc822',
    'Content-Disposition: inline',
    '',
    ...(f.mailFrom ? [`Return-Path: <${f.mailFrom}>`] : []),
    'Received: from app.example.org (app.example.org [192.0.2.10])',
    '        by example.com with ESMTP id M63d4137594e46;',
    '        Thu, 08 Mar 2026 14:00:00 -0400',
    'From: <news@example.org>',
    `To: <${f.recipient}>`,
    'Subject: Newsletter',
    'MIME-Version: 1.0',
    'Content-type: text/plain',
    `Message-ID: ${f.originalMessageId ?? '<issue-1.1@example.org>'}`,
    'Date: Thu, 08 Mar 2026 12:31:03 -0500',
    '',
    'The newsletter text.',
    `--${boundary}--`,
  ])
}

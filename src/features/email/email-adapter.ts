import path from 'node:path'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import { parseConnectionUrl } from 'nodemailer/lib/shared/index.js'
import type { EmailAdapter } from 'payload'
import type { Env } from '../../config/env'
import { dkimOptions } from './dkim-options'
import { outboxAdapter } from './outbox-adapter'

function parseFrom(value: string): { address: string; name: string } {
  const m = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(value)
  return m ? { name: m[1] || m[2], address: m[2] } : { name: value, address: value }
}

/**
 * Real SMTP when SMTP_URL is set, otherwise the file outbox. The nodemailer adapter is only ever
 * built with an explicit transport: without one it would create a test account over the network.
 * Every mail is DKIM-signed when DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY are set.
 */
export function emailAdapter(config: Env): EmailAdapter | Promise<EmailAdapter> {
  const from = parseFrom(config.mailFrom)
  if (!config.smtpUrl) return outboxAdapter({ dir: path.join(config.dataDir, 'outbox'), from })
  return nodemailerAdapter({
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    skipVerify: true,
    transport: nodemailer.createTransport({ ...parseConnectionUrl(config.smtpUrl), dkim: dkimOptions(config.newsletter.dkim) }),
  })
}

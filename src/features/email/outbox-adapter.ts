import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import nodemailer from 'nodemailer'
import type Mail from 'nodemailer/lib/mailer'
import type { EmailAdapter } from 'payload'

type Options = { dir: string; from: { address: string; name: string } }

/**
 * Development mail: each message is rendered to an .eml file under ./data/outbox and listed in the
 * admin (collection "outbox"). nodemailer's stream transport builds the message without any network.
 */
export function outboxAdapter({ dir, from }: Options): EmailAdapter {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
  return ({ payload }) => ({
    name: 'outbox',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message) => {
      // Payload's message type comes from its own nodemailer typings; the fields are the same.
      const mail = { from: `${from.name} <${from.address}>`, ...message } as unknown as Mail.Options
      const info = await transport.sendMail(mail)
      await mkdir(dir, { recursive: true })
      const file = `${new Date().toISOString().replace(/[:.]/g, '-')}-${info.messageId.replace(/[^a-zA-Z0-9]/g, '').slice(0, 24)}.eml`
      await writeFile(path.join(dir, file), info.message as Buffer)
      await payload.create({
        collection: 'outbox',
        data: { to: String(message.to ?? ''), subject: String(message.subject ?? ''), file },
        overrideAccess: true,
      })
      return info
    },
  })
}

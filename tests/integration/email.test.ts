import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { startSmtpPeer } from '../helpers/start-smtp-peer'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

const started: TestPayload[] = []
afterAll(async () => {
  for (const t of started) await t.cleanup()
})

describe('mail without SMTP settings', () => {
  it('writes an .eml file to the outbox and lists it in the admin', async () => {
    const t = await startTestPayload()
    started.push(t)
    await t.payload.sendEmail({ to: 'reader@example.org', subject: 'Välkommen', text: 'Hej och välkommen!' })
    const listed = await t.payload.find({ collection: 'outbox', overrideAccess: true })
    expect(listed.docs[0]).toMatchObject({ to: 'reader@example.org', subject: 'Välkommen' })
    const eml = readFileSync(path.join(t.env.dataDir, 'outbox', listed.docs[0].file), 'utf8')
    expect(eml).toContain('To: reader@example.org')
    expect(eml).toMatch(/Subject: =\?UTF-8\?/)
  })
})

describe('mail with SMTP_URL', () => {
  it('delivers through a real SMTP server', async () => {
    const smtp = await startSmtpPeer()
    const received = smtp.received
    try {
      const t = await startTestPayload({ SMTP_URL: smtp.url, MAIL_FROM: 'Clearinghouse <no-reply@example.org>' })
      started.push(t)
      await t.payload.sendEmail({ to: 'officer@example.org', subject: 'Test', text: 'Hello over SMTP' })
      expect(received).toHaveLength(1)
      expect(received[0]).toContain('Hello over SMTP')
      expect(received[0]).toContain('From: Clearinghouse <no-reply@example.org>')
      expect((await t.payload.count({ collection: 'outbox' })).totalDocs).toBe(0)
    } finally {
      await smtp.stop()
    }
  })
})

import { scheduleIssue } from '../../src/features/newsletter/compose/schedule-issue'
import { generateKeyPairSync } from 'node:crypto'
import { dkimVerify } from 'mailauth/lib/dkim/verify'
import { simpleParser } from 'mailparser'
import type { TaskHandler } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deliveryOfVerp } from '../../src/features/newsletter/addresses'
import { insertDeliveries } from '../../src/features/newsletter/sending/insert-deliveries'
import { sendNewsletter } from '../../src/features/newsletter/sending/send-newsletter-handler'
import { runDueJobs } from '../../src/jobs/runner/run-due-jobs'
import { createIssueInLanguages, insertSubscribers } from '../helpers/newsletter-fixtures'
import { startSmtpPeer, type SmtpPeer } from '../helpers/start-smtp-peer'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

const keys = generateKeyPairSync('rsa', { modulusLength: 2048 })
const privateKey = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
const publicKeyB64 = keys.publicKey.export({ type: 'spki', format: 'der' }).toString('base64')

// The key published as DNS would: <selector>._domainkey.<domain> TXT "v=DKIM1; k=rsa; p=…".
const resolver = async (name: string, rrtype: string): Promise<string[][]> => {
  if (rrtype === 'TXT' && name === 'nl2026._domainkey.example.org') return [[`v=DKIM1; k=rsa; p=${publicKeyB64}`]]
  throw Object.assign(new Error(`no ${rrtype} record for ${name}`), { code: 'ENOTFOUND' })
}

let smtp: SmtpPeer
let t: TestPayload
let tokens: Map<string, string>

beforeAll(async () => {
  smtp = await startSmtpPeer()
  t = await startTestPayload({
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Clearinghouse <news@example.org>',
    PUBLIC_URL: 'https://clearinghouse.example.org',
    DKIM_DOMAIN: 'example.org',
    DKIM_SELECTOR: 'nl2026',
    DKIM_PRIVATE_KEY: privateKey.replace(/\n/g, '\\n'),
    BOUNCE_DOMAIN: 'bounces.example.org',
    NEWSLETTER_BATCH_SIZE: '2',
    NEWSLETTER_SMTP_POOL: '3',
  })
  tokens = await insertSubscribers(t.payload, [
    { email: 'sv-reader@example.net', locale: 'sv' },
    { email: 'en-reader@example.net', locale: 'en' },
    { email: 'fi-reader@example.net', locale: 'fi' },
    { email: 'is-reader@example.net', locale: 'is' },
    { email: 'left@example.net', locale: 'sv', status: 'unsubscribed' },
    { email: 'not-yet@example.net', locale: 'en', status: 'pending' },
  ])
}, 120_000)

afterAll(async () => {
  await t?.cleanup()
  await smtp?.stop()
})

const messageTo = (address: string) => {
  const i = smtp.envelopes.findIndex((e) => e.to.includes(address))
  return i < 0 ? undefined : { raw: smtp.received[i], envelope: smtp.envelopes[i] }
}

describe('sending an issue', () => {
  let issue: number

  beforeAll(async () => {
    smtp.received.length = 0
    smtp.envelopes.length = 0
    issue = await createIssueInLanguages(t.payload, { sv: 'Svensk', en: 'English' })
    await scheduleIssue(t.payload, issue)
    await runDueJobs(t.payload)
  }, 120_000)

  it('reaches each confirmed subscriber once, and nobody else', () => {
    const to = smtp.envelopes.flatMap((e) => e.to).sort()
    expect(to).toEqual(['en-reader@example.net', 'fi-reader@example.net', 'is-reader@example.net', 'sv-reader@example.net'])
  })

  it('marks the issue sent with its counts, and each delivery sent with its Message-ID', async () => {
    const doc = await t.payload.findByID({ collection: 'newsletter-issues', id: issue, depth: 0 })
    expect(doc.status).toBe('sent')
    expect(doc.sentAt).toBeTruthy()
    expect(doc.counts).toMatchObject({ recipients: 4, delivered: 4, failed: 0, uncertain: 0 })
    const { docs } = await t.payload.find({ collection: 'newsletter-deliveries', where: { issue: { equals: issue } }, depth: 0, limit: 10 })
    expect(docs.map((d) => d.state)).toEqual(['sent', 'sent', 'sent', 'sent'])
    expect(new Set(docs.map((d) => d.batch))).toEqual(new Set([0, 1]))
    for (const d of docs) expect((await simpleParser(messageTo(d.email)!.raw)).messageId).toBe(d.messageId)
  })

  it('sends each reader their language, or the nearest along their fallback chain', async () => {
    const sv = await simpleParser(messageTo('sv-reader@example.net')!.raw)
    const en = await simpleParser(messageTo('en-reader@example.net')!.raw)
    const fi = await simpleParser(messageTo('fi-reader@example.net')!.raw)
    const is = await simpleParser(messageTo('is-reader@example.net')!.raw)
    expect(sv.subject).toBe('Svensk subject')
    expect(en.subject).toBe('English subject')
    // Finnish falls back to Swedish, Icelandic to English (locales.ts), said so in the reader's language.
    expect(fi.subject).toBe('Svensk subject')
    expect(fi.html).toContain('<html lang="fi">')
    expect(fi.html).toContain('<div lang="sv">')
    expect(fi.text).toContain('Tämä sisältö ei ole saatavilla')
    expect(is.subject).toBe('English subject')
    expect(sv.html).toContain('<html lang="sv">')
    expect(sv.text).toContain('Svensk heading')
    expect(sv.text).toContain('- Svensk item 1')
    expect(sv.text).toContain('the news (https://clearinghouse.example.org/sv/news/example)')
    expect(sv.html).toContain('<h1 style="font-size:24px;line-height:1.3;margin:0 0 16px;">Svensk subject</h1>')
    expect(sv.html).toContain('<h2>Svensk heading</h2>')
    expect(sv.html).toContain('Avsluta prenumerationen')
    expect(en.html).toContain('Unsubscribe')
  })

  it('is multipart text and HTML, under 100 KB, without images or redirect links', async () => {
    for (const address of ['sv-reader@example.net', 'en-reader@example.net']) {
      const { raw } = messageTo(address)!
      expect(Buffer.byteLength(raw)).toBeLessThan(100 * 1024)
      expect(raw).toMatch(/Content-Type: multipart\/alternative/i)
      const mail = await simpleParser(raw)
      expect(mail.text).toBeTruthy()
      expect(typeof mail.html).toBe('string')
      const html = mail.html as string
      expect(Buffer.byteLength(html)).toBeLessThan(100 * 1024)
      expect(html).not.toMatch(/<img/i)
      // Every link goes straight to its target: the site's own pages or the editor's link as written.
      const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'))
      expect(hrefs.length).toBeGreaterThan(0)
      for (const href of hrefs) expect(href === 'https://example.org/report' || href.startsWith('https://clearinghouse.example.org/')).toBe(true)
    }
  })

  it('carries the personal one-click unsubscribe headers, Message-ID on the site domain, List-Id and a VERP return path', async () => {
    const { raw, envelope } = messageTo('sv-reader@example.net')!
    const token = tokens.get('sv-reader@example.net')!
    const mail = await simpleParser(raw)
    const header = (name: string) => mail.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, '').replace(/\r?\n\s+/g, ' ')
    expect(header('list-unsubscribe')).toBe(`<https://clearinghouse.example.org/sv/newsletter/unsubscribe/${token}>, <mailto:unsubscribe+${token}@bounces.example.org>`)
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
    expect(header('list-id')).toBe('Newsletter <newsletter.clearinghouse.example.org>')
    expect(mail.messageId).toMatch(/@clearinghouse\.example\.org>$/)
    expect(mail.html).toContain(`https://clearinghouse.example.org/sv/newsletter/preferences/${token}`)
    const [delivery] = (await t.payload.find({ collection: 'newsletter-deliveries', where: { email: { equals: 'sv-reader@example.net' } }, depth: 0 })).docs
    expect(envelope.from).toMatch(/^bounces\+\d+-[a-z0-9]+@bounces\.example\.org$/)
    expect(deliveryOfVerp(t.payload.secret, envelope.from)).toBe(delivery.id)
  })

  it('is DKIM-signed, the signature covering both List-Unsubscribe headers, verified by mailauth', async () => {
    for (const address of ['sv-reader@example.net', 'fi-reader@example.net']) {
      const { raw } = messageTo(address)!
      const result = await dkimVerify(Buffer.from(raw), { resolver })
      expect(result.results).toHaveLength(1)
      expect(result.results[0].status.result).toBe('pass')
      expect(result.results[0].signingDomain).toBe('example.org')
      const signed = /DKIM-Signature:[\s\S]*?\bh=([^;]+);/i.exec(raw)![1].replace(/\s+/g, '').toLowerCase().split(':')
      expect(signed).toEqual(expect.arrayContaining(['from', 'subject', 'list-unsubscribe', 'list-unsubscribe-post', 'list-id', 'message-id']))
      // A tampered one-click target no longer passes.
      const forged = raw.replace(/newsletter\/unsubscribe\/[A-Za-z0-9_-]+/, 'newsletter/unsubscribe/forged-token-000000000')
      expect((await dkimVerify(Buffer.from(forged), { resolver })).results[0].status.result).not.toBe('pass')
    }
  })
})

describe('other mail', () => {
  it('is DKIM-signed too (the site adapter)', async () => {
    smtp.received.length = 0
    smtp.envelopes.length = 0
    await t.payload.sendEmail({ to: 'someone@example.net', subject: 'Plain notice', text: 'Hello' })
    const result = await dkimVerify(Buffer.from(smtp.received[0]), { resolver })
    expect(result.results[0].status.result).toBe('pass')
  })
})

describe('a test send', () => {
  it('goes to the given addresses in the given language, marked as a test, and creates no deliveries', async () => {
    smtp.received.length = 0
    smtp.envelopes.length = 0
    const issue = await createIssueInLanguages(t.payload, { da: 'Dansk', en: 'English' })
    await t.payload.jobs.queue({ task: 'sendNewsletterTest', input: { issue, to: 'editor@example.net, second@example.net', locale: 'da' } })
    await runDueJobs(t.payload)
    expect(smtp.envelopes.flatMap((e) => e.to).sort()).toEqual(['editor@example.net', 'second@example.net'])
    const mail = await simpleParser(smtp.received[0])
    expect(mail.subject).toBe('[Test] Dansk subject')
    expect(mail.html).toContain('<html lang="da">')
    expect(mail.html).toContain('Dette er et testeksemplar')
    expect(await t.payload.count({ collection: 'newsletter-deliveries', where: { issue: { equals: issue } } })).toEqual({ totalDocs: 0 })
    expect((await t.payload.findByID({ collection: 'newsletter-issues', id: issue, depth: 0 })).status).toBe('draft')
  })
})

describe('the fan-out', () => {
  const run = (issue: number) =>
    (sendNewsletter as TaskHandler<'sendNewsletter'> & ((args: unknown) => ReturnType<TaskHandler<'sendNewsletter'>>))({
      input: { issue },
      req: { payload: t.payload },
    })

  it('run again, after a crash between its steps or after it finished, neither duplicates deliveries nor batch jobs', async () => {
    const issue = await createIssueInLanguages(t.payload, { en: 'Twice' })
    await t.payload.update({ collection: 'newsletter-issues', id: issue, data: { status: 'scheduled' }, overrideAccess: true })
    // A first run that died after writing the deliveries, before queueing the batches.
    await insertDeliveries(t.payload, issue, 2)
    await run(issue)
    await run(issue)
    const deliveries = await t.payload.find({ collection: 'newsletter-deliveries', where: { issue: { equals: issue } }, depth: 0, limit: 100 })
    expect(deliveries.docs).toHaveLength(4)
    expect(new Set(deliveries.docs.map((d) => d.subscriber)).size).toBe(4)
    const jobs = await t.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendNewsletterBatch' } }, depth: 0, limit: 100, pagination: false })
    const mine = jobs.docs.filter((j) => (j.input as { issue: number }).issue === issue)
    expect(mine.map((j) => (j.input as { batch: number }).batch).sort()).toEqual([0, 1])
    expect((await t.payload.findByID({ collection: 'newsletter-issues', id: issue, depth: 0 })).status).toBe('sending')
  })
})

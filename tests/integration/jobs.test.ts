import type { Payload, PayloadRequest, TaskHandler } from 'payload'
import { createLocalReq, Forbidden } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectOf } from '../../src/db/raw-sql'
import { submitPractice } from '../../src/features/practices/submit/submit-practice'
import type { Proposal } from '../../src/features/practices/submit/validate-proposal'
import { queueSubmitterMail } from '../../src/jobs/queue-submitter-mail'
import { claimDueJobs } from '../../src/jobs/runner/claim-jobs'
import { JobRunner } from '../../src/jobs/runner/job-runner'
import { runDueJobs } from '../../src/jobs/runner/run-due-jobs'
import { buildApp } from '../../src/web/app'
import { createNews, createThemes, newsSeed } from '../helpers/fixtures'
import { startSmtpPeer, type SmtpPeer } from '../helpers/start-smtp-peer'
import { startSecondPayload, startTestPayload, type TestPayload } from '../helpers/test-payload'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`condition not met within ${timeoutMs} ms`)
    await sleep(25)
  }
}

const openJobs = async (payload: Payload) =>
  (await payload.count({ collection: 'payload-jobs', where: { completedAt: { exists: false } }, overrideAccess: true })).totalDocs

describe('runners on two instances', () => {
  // Both instances replace the mail task's handler with one that counts its runs per job and
  // takes a little time, so two runners that claimed the same job would both be seen running it.
  const runs = new Map<number, number>()
  const claimedBy = new Map<number, string>()
  const counting: TaskHandler<'mailSubmitter'> = async ({ job }) => {
    runs.set(Number(job.id), (runs.get(Number(job.id)) ?? 0) + 1)
    claimedBy.set(Number(job.id), String((job as { claimedBy?: unknown }).claimedBy))
    await sleep(2)
    return { output: {} }
  }
  let t: TestPayload
  let second: Awaited<ReturnType<typeof startSecondPayload>>

  beforeAll(async () => {
    t = await startTestPayload({}, { taskHandlers: { mailSubmitter: counting } })
    second = await startSecondPayload(t, { taskHandlers: { mailSubmitter: counting } })
  })
  afterAll(async () => {
    await second?.stop()
    await t?.cleanup()
  })

  it('runs each of 1,000 queued jobs exactly once with one runner per instance', async () => {
    runs.clear()
    for (let i = 0; i < 1000; i++) await queueSubmitterMail(t.payload, { collection: 'practices', id: i, notice: 'received', title: `Job ${i}` })
    const runners = [
      new JobRunner(t.payload, { leaseSeconds: 30, pollMs: 20, concurrency: 8, id: 'runner-a' }).start(),
      new JobRunner(second.payload, { leaseSeconds: 30, pollMs: 20, concurrency: 8, id: 'runner-b' }).start(),
    ]
    try {
      await waitFor(async () => (await openJobs(t.payload)) === 0, 240_000)
    } finally {
      await Promise.all(runners.map((r) => r.stop()))
    }
    expect(runs.size).toBe(1000)
    expect([...runs.values()].filter((n) => n !== 1)).toEqual([])
    // Both runners took part, so the exclusivity was actually contested.
    const byB = [...claimedBy.values()].filter((r) => r === 'runner-b').length
    expect(byB).toBeGreaterThan(0)
    expect(byB).toBeLessThan(1000)
  }, 300_000)

  it('takes over a job whose runner died after the lease ran out, and runs it once', async () => {
    runs.clear()
    await queueSubmitterMail(t.payload, { collection: 'practices', id: 1, notice: 'received', title: 'Orphan' })
    // A runner claims the job and dies (kill -9): the claim stays, nobody renews it.
    const [orphan] = await claimDueJobs(t.payload, 'dead-runner', 1)
    expect(orphan).toBeDefined()
    const survivor = new JobRunner(second.payload, { leaseSeconds: 1, pollMs: 50, id: 'survivor' }).start()
    try {
      await waitFor(async () => (await openJobs(t.payload)) === 0, 20_000)
    } finally {
      await survivor.stop()
    }
    expect(runs.get(orphan)).toBe(1)
    expect(claimedBy.get(orphan)).toBe('survivor')
  })

  it('does not take over a job whose runner is alive and renewing its claim', async () => {
    runs.clear()
    await queueSubmitterMail(t.payload, { collection: 'practices', id: 2, notice: 'received', title: 'Held' })
    const [held] = await claimDueJobs(t.payload, 'live-runner', 1)
    // The live runner keeps renewing while another runner polls with a short lease.
    const renew = setInterval(() => {
      void t.payload.db.updateOne({ collection: 'payload-jobs', id: held, data: { claimedAt: new Date().toISOString() } })
    }, 200)
    const other = new JobRunner(second.payload, { leaseSeconds: 1, pollMs: 50, id: 'other' }).start()
    await sleep(2500)
    await other.stop()
    clearInterval(renew)
    expect(runs.get(held)).toBeUndefined()
    const job = await t.payload.findByID({ collection: 'payload-jobs', id: held, overrideAccess: true })
    expect(job.claimedBy).toBe('live-runner')
    await t.payload.delete({ collection: 'payload-jobs', id: held, overrideAccess: true })
  })
})

describe('jobs in the admin', () => {
  let t: TestPayload
  beforeAll(async () => {
    t = await startTestPayload()
  })
  afterAll(async () => t?.cleanup())

  it('lets an editor see a failed job with its error and retry it, but not an anonymous reader', async () => {
    await queueSubmitterMail(t.payload, { collection: 'practices', id: 3, notice: 'received', title: 'Fails' })
    const [id] = await claimDueJobs(t.payload, 'test', 1)
    await t.payload.update({ collection: 'payload-jobs', id, data: { processing: false, hasError: true, error: { message: 'SMTP down' } }, overrideAccess: true })
    const editor = await t.payload.create({ collection: 'users', data: { email: 'jobs-ed@test.example', password: 'editor-password', roles: ['editor'] }, overrideAccess: true })
    const user = { ...editor, collection: 'users' as const }
    const seen = await t.payload.findByID({ collection: 'payload-jobs', id, overrideAccess: false, user })
    expect(seen.error).toMatchObject({ message: 'SMTP down' })
    await expect(t.payload.findByID({ collection: 'payload-jobs', id, overrideAccess: false, user: null })).rejects.toThrow(Forbidden)

    await t.payload.update({ collection: 'payload-jobs', id, data: { retry: true } as never, overrideAccess: false, user })
    const retried = await t.payload.findByID({ collection: 'payload-jobs', id, overrideAccess: true })
    expect(retried).toMatchObject({ hasError: false, processing: false, totalTried: 0 })
    expect(await runDueJobs(t.payload)).toBe(1)
    // A job that succeeded is removed from the queue (Payload's default).
    expect(await t.payload.findByID({ collection: 'payload-jobs', id, overrideAccess: true, disableErrors: true })).toBeNull()
  })
})

describe('a mail queued in a change that rolls back', () => {
  let t: TestPayload
  beforeAll(async () => {
    t = await startTestPayload()
  })
  afterAll(async () => t?.cleanup())

  // The embedded SQLite database runs without transactions (one process, no concurrent writers),
  // so there is no rollback to observe there; PostgreSQL is where editors' changes roll back.
  it.skipIf(!process.env.DATABASE_URL?.startsWith('postgres'))('is never queued, so never sent (PostgreSQL)', async () => {
    expect(dialectOf(t.payload)).toBe('postgres')
    const req = (await createLocalReq({}, t.payload)) as PayloadRequest
    req.transactionID = (await t.payload.db.beginTransaction()) ?? undefined
    await queueSubmitterMail(t.payload, { collection: 'practices', id: 4, notice: 'published', title: 'Rolled back' }, req)
    // Inside the transaction the job exists; no one else can see it yet.
    expect((await t.payload.count({ collection: 'payload-jobs', req, overrideAccess: true })).totalDocs).toBe(1)
    expect(await openJobs(t.payload)).toBe(0)
    await t.payload.db.rollbackTransaction(req.transactionID!)
    expect(await openJobs(t.payload)).toBe(0)
    expect(await runDueJobs(t.payload)).toBe(0)
  })
})

describe('an SMTP server that refuses connections', () => {
  let smtp: SmtpPeer
  let t: TestPayload

  beforeAll(async () => {
    smtp = await startSmtpPeer()
    smtp.refuse = true
    t = await startTestPayload({ SMTP_URL: smtp.url, MAIL_FROM: 'Clearinghouse <no-reply@example.org>' })
    await createThemes(t.payload)
  })
  afterAll(async () => {
    await t?.cleanup()
    await smtp?.stop()
  })

  it('takes the proposal and the editor’s publish, and the mail job retries until SMTP is back', async () => {
    const themes = await t.payload.find({ collection: 'themes', limit: 1, overrideAccess: true })
    const proposal: Proposal = {
      title: 'Språkcafé i Lund',
      summary: 'Samtal på svenska varje vecka.',
      challenge: 'Få tillfällen att tala svenska.',
      howItWorks: 'Frivilliga leder samtal.',
      results: 'Fler vågar tala.',
      transferability: 'Fungerar i alla kommuner.',
      organisation: 'Lunds kommun',
      runState: 'ongoing',
      country: 'SE',
      region: '',
      municipality: 'Lund',
      themes: [themes.docs[0].id],
      targetGroups: ['labour-migrants'],
      link: '',
      contact: { name: '', role: '', email: '', phone: '', consent: false },
      submitter: { name: 'Sara', email: 'sara@lund.example' },
    }
    // The reader's form post completes although SMTP refuses: the receipt is only queued.
    const receipt = await submitPractice({ payload: t.payload, publicUrl: t.env.publicUrl }, 'sv', proposal, [])
    expect(receipt.reference).toMatch(/^IB-/)
    await runDueJobs(t.payload)
    const failedReceipt = await t.payload.find({ collection: 'payload-jobs', where: { 'input.notice': { equals: 'received' } }, overrideAccess: true })
    expect(failedReceipt.docs[0]).toMatchObject({ totalTried: 1, hasError: false })
    expect(failedReceipt.docs[0].completedAt).toBeFalsy()
    expect(new Date(String(failedReceipt.docs[0].waitUntil)).getTime()).toBeGreaterThan(Date.now())
    expect(JSON.stringify(failedReceipt.docs[0].log)).toMatch(/421|Service not available/)

    // The editor publishes while SMTP is still down: the change is stored and public.
    const editor = await t.payload.create({ collection: 'users', data: { email: 'smtp-ed@test.example', password: 'editor-password', roles: ['editor'] }, overrideAccess: true })
    const user = { ...editor, collection: 'users' as const }
    const practice = (await t.payload.find({ collection: 'practices', where: { 'submitter.email': { equals: 'sara@lund.example' } }, overrideAccess: true })).docs[0]
    await t.payload.update({ collection: 'practices', id: practice.id, data: { workflowStatus: 'in-review' }, overrideAccess: false, user })
    await t.payload.update({ collection: 'practices', id: practice.id, data: { workflowStatus: 'published', workflowNote: 'Välkommen!', criteriaMet: ['clear-goals'] }, overrideAccess: false, user })
    expect((await t.payload.findByID({ collection: 'practices', id: practice.id, overrideAccess: false, user: null })).workflowStatus).toBe('published')
    expect(smtp.received).toHaveLength(0)

    // SMTP comes back; once the backoff has passed both mails go out, each once.
    smtp.refuse = false
    await runDueJobs(t.payload)
    const pending = await t.payload.find({ collection: 'payload-jobs', where: { completedAt: { exists: false } }, overrideAccess: true })
    for (const job of pending.docs) await t.payload.update({ collection: 'payload-jobs', id: job.id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() }, overrideAccess: true })
    await runDueJobs(t.payload)
    expect(await openJobs(t.payload)).toBe(0)
    expect(smtp.received).toHaveLength(2)
    expect(smtp.received.join('\n')).toContain(receipt.reference)
    expect(smtp.received.some((m) => m.includes('To: sara@lund.example'))).toBe(true)
  })
})

describe('scheduled publishing', () => {
  let t: TestPayload
  beforeAll(async () => {
    t = await startTestPayload()
  })
  afterAll(async () => t?.cleanup())

  it('publishes a news draft at the time an editor set, and the page, list and feed follow', async () => {
    const refs = await createThemes(t.payload)
    const id = await createNews(t.payload, newsSeed({ slug: 'scheduled-news' }), refs, false)
    const editor = await t.payload.create({ collection: 'users', data: { email: 'sched-ed@test.example', password: 'editor-password', roles: ['editor'] }, overrideAccess: true })
    const app = await buildApp({ payload: t.payload, env: t.env })
    try {
      expect((await app.inject({ method: 'GET', url: '/en/news/scheduled-news' })).statusCode).toBe(404)
      // What the admin's "Schedule publish" queues: Payload's schedulePublish task, due at the chosen time.
      await t.payload.jobs.queue({
        task: 'schedulePublish',
        input: { type: 'publish', doc: { relationTo: 'news', value: id }, user: { relationTo: 'users', value: editor.id } },
        waitUntil: new Date(Date.now() + 1500),
      })
      expect(await runDueJobs(t.payload)).toBe(0)
      expect((await app.inject({ method: 'GET', url: '/en/news/scheduled-news' })).statusCode).toBe(404)
      await sleep(1600)
      expect(await runDueJobs(t.payload)).toBe(1)
      expect((await app.inject({ method: 'GET', url: '/en/news/scheduled-news' })).statusCode).toBe(200)
      expect((await app.inject({ method: 'GET', url: '/en/news' })).body).toContain('/en/news/scheduled-news')
      expect((await app.inject({ method: 'GET', url: '/en/news/feed.xml' })).body).toContain('scheduled-news')
    } finally {
      await app.close()
    }
  })
})

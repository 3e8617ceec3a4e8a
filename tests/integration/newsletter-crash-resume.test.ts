import { scheduleIssue } from '../../src/features/newsletter/compose/schedule-issue'
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { locales } from '../../src/i18n/locales'
import { rawRows } from '../../src/db/raw-sql'
import { createIssueInLanguages, insertSubscribers } from '../helpers/newsletter-fixtures'
import { startSmtpPeer, type SmtpPeer } from '../helpers/start-smtp-peer'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

const recipients = Number(process.env.NL_CRASH_RECIPIENTS ?? 10_000)
const poolSize = 5
const onPostgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '')

let smtp: SmtpPeer
let t: TestPayload

beforeAll(async () => {
  smtp = await startSmtpPeer()
  t = await startTestPayload({ SMTP_URL: smtp.url, NEWSLETTER_SMTP_POOL: String(poolSize), NEWSLETTER_BATCH_SIZE: '1000' })
  const specs = Array.from({ length: recipients }, (_, i) => ({ email: `reader-${i}@example.net`, locale: locales[i % locales.length] }))
  await insertSubscribers(t.payload, specs)
}, 120_000)

afterAll(async () => {
  for (const w of workers) w.kill('SIGKILL')
  await t?.cleanup()
  await smtp?.stop()
})

const workers = new Set<ChildProcess>()
const outputs = new Map<string, () => string>()

type Worker = { child: ChildProcess; go: () => Promise<void> }

/**
 * A worker process (tests/helpers/newsletter-worker.ts) on the test's database, booted; its job
 * runner starts on `go()` (so a replacement can boot while the one to be killed still sends).
 */
async function bootWorker(name: string): Promise<Worker> {
  const env = t.env
  const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', path.join('tests', 'helpers', 'newsletter-worker.ts')], {
    env: {
      ...process.env,
      DATABASE_URL: env.databaseUrl,
      DATA_DIR: env.dataDir,
      PAYLOAD_SECRET: env.payloadSecret,
      PUBLIC_URL: env.publicUrl,
      SMTP_URL: smtp.url,
      SEED: 'none',
      ROLE: 'worker',
      RUNNER_ID: name,
      WAIT_FOR_GO: '1',
      JOB_LEASE_SECONDS: '2',
      JOB_POLL_MS: '100',
      NEWSLETTER_SMTP_POOL: String(poolSize),
      NEWSLETTER_BATCH_SIZE: '1000',
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  workers.add(child)
  child.on('exit', () => workers.delete(child))
  let output = ''
  outputs.set(name, () => output)
  const seen = (text: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => output.includes(text) && resolve()
      child.stdout!.on('data', check)
      child.stderr!.on('data', check)
      child.on('exit', (code) => reject(new Error(`worker ${name} exited (${code}) before "${text}":\n${output}`)))
      check()
    })
  const collect = (chunk: Buffer) => (output += chunk.toString())
  child.stdout!.on('data', collect)
  child.stderr!.on('data', collect)
  await seen('newsletter worker booted')
  return {
    child,
    go: async () => {
      child.stdin!.write('go\n')
      await seen('newsletter worker ready')
    },
  }
}

async function startWorker(name: string): Promise<ChildProcess> {
  const w = await bootWorker(name)
  await w.go()
  return w.child
}

async function kill(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGKILL')
  await exited
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function until(what: string, check: () => Promise<boolean> | boolean, seconds = 400): Promise<void> {
  const end = Date.now() + seconds * 1000
  while (!(await check())) {
    if (Date.now() > end) {
      const logs = [...outputs].map(([name, out]) => `--- ${name}\n${out().slice(-3000)}`).join('\n')
      throw new Error(`timed out waiting until ${what} (${smtp.received.length} received)\n${logs}`)
    }
    await sleep(50)
  }
}

async function deliveryStates(issue: number): Promise<Map<string, string>> {
  const rows = await rawRows(t.payload, { postgres: 'SELECT email, state FROM newsletter_deliveries WHERE issue_id = $1', sqlite: 'SELECT email, state FROM newsletter_deliveries WHERE issue_id = ?' }, [issue])
  return new Map(rows.map((r) => [String(r.email), String(r.state)]))
}

async function countInState(issue: number, state: string): Promise<number> {
  return [...(await deliveryStates(issue)).values()].filter((s) => s === state).length
}

/**
 * Sends an issue to 10,000 subscribers while the worker named `victim` is killed with SIGKILL three
 * times (when the SMTP peer has received about 5 %, 35 % and 70 %) and started again each time;
 * `others` run alongside and are never killed.
 */
async function sendThroughCrashes(others: number): Promise<{ issue: number; crashes: number; sendingAtKill: number[] }> {
  smtp.received.length = 0
  smtp.envelopes.length = 0
  const issue = await createIssueInLanguages(t.payload, { sv: 'Krasch', en: 'Crash' })
  await scheduleIssue(t.payload, issue)
  let victim = await startWorker('victim-0')
  for (let i = 0; i < others; i++) await startWorker(`other-${i}`)
  // What each kill left mid-transaction: nothing changes these rows until a runner takes the job over.
  const sendingAtKill: number[] = []
  const leftBefore = new Set<string>()
  const points = [0.05, 0.35, 0.7]
  for (const [i, point] of points.entries()) {
    const next = bootWorker(`victim-${i + 1}`)
    await until(`${point * 100} % received`, () => smtp.received.length >= recipients * point)
    await kill(victim)
    // Rows an earlier kill left may still be `sending` (their batch not taken over yet): count only new ones.
    const sending = [...(await deliveryStates(issue))].filter(([, state]) => state === 'sending').map(([email]) => email)
    sendingAtKill.push(sending.filter((email) => !leftBefore.has(email)).length)
    for (const email of sending) leftBefore.add(email)
    const replacement = await next
    await replacement.go()
    victim = replacement.child
  }
  await until('the issue is sent', async () => (await t.payload.findByID({ collection: 'newsletter-issues', id: issue, depth: 0 })).status === 'sent', 500)
  for (const w of [...workers]) await kill(w)
  return { issue, crashes: points.length, sendingAtKill }
}

async function expectExactlyOnce(issue: number, crashes: number): Promise<void> {
  const states = await deliveryStates(issue)
  const copies = new Map<string, number>()
  for (const e of smtp.envelopes) for (const to of e.to) copies.set(to, (copies.get(to) ?? 0) + 1)
  const byState = { sent: 0, uncertain: 0, other: 0 }
  const wrong: string[] = []
  expect(states.size).toBe(recipients)
  for (let i = 0; i < recipients; i++) {
    const email = `reader-${i}@example.net`
    const state = states.get(email)
    const n = copies.get(email) ?? 0
    if (state === 'sent') {
      byState.sent++
      if (n !== 1) wrong.push(`${email}: sent, ${n} copies`)
    } else if (state === 'uncertain') {
      byState.uncertain++
      if (n > 1) wrong.push(`${email}: uncertain, ${n} copies`)
    } else {
      byState.other++
      wrong.push(`${email}: ${state}`)
    }
  }
  // Nobody outside the list, nobody twice, nobody skipped.
  expect([...copies.keys()].filter((k) => !states.has(k))).toEqual([])
  expect(wrong).toEqual([])
  expect(byState.uncertain).toBeLessThanOrEqual(crashes * poolSize)
  const doc = await t.payload.findByID({ collection: 'newsletter-issues', id: issue, depth: 0 })
  expect(doc.counts).toMatchObject({ recipients, delivered: byState.sent, failed: 0, uncertain: byState.uncertain })
  console.log(`[crash test] ${onPostgres ? 'postgres' : 'sqlite'}, ${crashes} kills: ${byState.sent} sent once, ${byState.uncertain} uncertain (${[...copies.values()].reduce((s, n) => s + n, 0)} messages at the peer)`)
}

describe('crash and resume, 10,000 recipients', () => {
  it('three kill -9 of the sending process: everyone gets exactly one copy except the few uncertain, at most the pool size per crash', async () => {
    const { issue, crashes, sendingAtKill } = await sendThroughCrashes(0)
    // One process: what it left in `sending` at each kill is at most its pool, and becomes exactly the uncertain ones.
    for (const n of sendingAtKill) expect(n).toBeLessThanOrEqual(poolSize)
    expect(await countInState(issue, 'uncertain')).toBe(sendingAtKill.reduce((a, b) => a + b, 0))
    await expectExactlyOnce(issue, crashes)
    console.log(`[crash test] left in sending at each kill: ${sendingAtKill.join(', ')}`)
  }, 900_000)

  it.runIf(onPostgres)('the same with two worker processes on one PostgreSQL, one of them killed three times', async () => {
    const { issue, crashes } = await sendThroughCrashes(1)
    await expectExactlyOnce(issue, crashes)
  }, 900_000)
})

// Newsletter sending speed: messages per second through our sending path (fan-out, batches, the
// pending → sending → sent writes, composing, DKIM-free pooled SMTP) to a local smtp-server peer in
// its own process, and a bare nodemailer loop over the same pool to the same peer, in the same run.
// Usage: tsx scripts/bench-newsletter.ts sqlite|postgres [messages] (postgres needs
// DATABASE_URL=postgres://…; a database is made next to it and dropped). Run by scripts/bench.mjs;
// prints one JSON line with the figures.
import { scheduleIssue } from '../src/features/newsletter/compose/schedule-issue'
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import nodemailer from 'nodemailer'
import { parseConnectionUrl } from 'nodemailer/lib/shared/index.js'
import pg from 'pg'
import { startPayload } from '../src/boot/start-payload'
import { stopPayload } from '../src/boot/stop-payload'
import { readEnv } from '../src/config/env'
import { composeNewsletterMail, type IssueAllLocales } from '../src/features/newsletter/sending/compose-newsletter-mail'
import { runDueJobs } from '../src/jobs/runner/run-due-jobs'
import { createIssueInLanguages, insertSubscribers } from '../tests/helpers/newsletter-fixtures'
import { locales } from '../src/i18n/locales'

const dialect = process.argv[2] === 'postgres' ? 'postgres' : 'sqlite'
const messages = Number(process.argv[3] ?? 10_000)
const poolSize = 5
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-newsletter-'))
let databaseUrl = `file:${path.join(dataDir, 'bench.db')}`
let drop = async () => {}
if (dialect === 'postgres') {
  const base = process.env.DATABASE_URL ?? ''
  if (!/^postgres(ql)?:\/\//.test(base)) throw new Error('bench-newsletter postgres needs DATABASE_URL=postgres://…')
  const name = `bench_nl_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: base })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(base)
  url.pathname = `/${name}`
  databaseUrl = url.toString()
  drop = async () => {
    const c = new pg.Client({ connectionString: base })
    await c.connect()
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await c.end()
  }
}

const peer = spawn(process.execPath, [path.join(import.meta.dirname, 'bench-smtp-peer.mjs')], { stdio: ['ignore', 'pipe', 'inherit'] })
const port = await new Promise<number>((resolve) => peer.stdout.on('data', (c: Buffer) => /\[smtp-peer\] (\d+)/.test(c.toString()) && resolve(Number(/(\d+)/.exec(c.toString())![1]))))
const smtpUrl = `smtp://127.0.0.1:${port}`
const env = readEnv({
  DATABASE_URL: databaseUrl,
  DATA_DIR: dataDir,
  PAYLOAD_SECRET: 'bench-secret-0123456789',
  SEED: 'none',
  PUBLIC_URL: 'https://clearinghouse.example.org',
  SMTP_URL: smtpUrl,
  NEWSLETTER_SMTP_POOL: String(poolSize),
  NEWSLETTER_BATCH_SIZE: '1000',
})
const payload = await startPayload(env)
try {
  await insertSubscribers(payload, Array.from({ length: messages }, (_, i) => ({ email: `reader-${i}@example.net`, locale: locales[i % locales.length] })))
  const issue = await createIssueInLanguages(payload, { sv: 'Svenska nyheter', en: 'News', fi: 'Uutiset' })

  // 1. Our path: the fan-out job, then every batch job, as a worker runs them (one at a time here).
  await scheduleIssue(payload, issue)
  const t0 = performance.now()
  await runDueJobs(payload)
  const pathSeconds = (performance.now() - t0) / 1000
  const done = await payload.findByID({ collection: 'newsletter-issues', id: issue, depth: 0 })
  if (done.status !== 'sent' || done.counts?.delivered !== messages) throw new Error(`the issue was not sent to everyone: ${JSON.stringify(done.counts)}`)

  // 2. Bare nodemailer: the same pool to the same peer, the same composed message, no database.
  const doc = (await payload.findByID({ collection: 'newsletter-issues', id: issue, locale: 'all', depth: 0 })) as unknown as IssueAllLocales
  const mail = composeNewsletterMail(doc, 'sv', { publicUrl: env.publicUrl, token: 'x'.repeat(43) })
  const bare = nodemailer.createTransport({ ...parseConnectionUrl(smtpUrl), pool: true, maxConnections: poolSize, maxMessages: Infinity })
  let next = 0
  const t1 = performance.now()
  await Promise.all(
    Array.from({ length: poolSize }, async () => {
      while (next < messages) {
        const i = next++
        await bare.sendMail({ from: 'news@example.org', to: `reader-${i}@example.net`, subject: mail.subject, text: mail.text, html: mail.html })
      }
    }),
  )
  const bareSeconds = (performance.now() - t1) / 1000
  bare.close()
  const pathPerSecond = messages / pathSeconds
  const barePerSecond = messages / bareSeconds
  console.log(JSON.stringify({ dialect, messages, poolSize, pathPerSecond, barePerSecond, ratio: pathPerSecond / barePerSecond }))
} finally {
  // stopPayload also ends the PostgreSQL pool, so dropping the database cuts off no connection.
  await stopPayload(payload).catch(() => {})
  peer.kill('SIGTERM')
  await drop()
  rmSync(dataDir, { recursive: true, force: true })
  process.exit(0)
}

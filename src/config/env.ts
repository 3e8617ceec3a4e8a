import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export type Env = {
  databaseUrl: string
  dialect: 'sqlite' | 'postgres'
  port: number
  publicUrl: string
  payloadSecret: string
  adminEmail?: string
  adminPassword?: string
  seed: 'demo' | 'none'
  smtpUrl?: string
  mailFrom: string
  dataDir: string
  /** What this process runs: everything (default), or one production role (see README). */
  role: Role
  /** Addresses or CIDR ranges of reverse proxies whose X-Forwarded-For is believed. */
  trustedProxies: string[]
  /** Object storage for uploads and attachments; unset keeps them on local disk under dataDir. */
  s3?: S3Settings
  /** Whether this process runs the durable job queue. */
  runJobs: boolean
  /** A claimed job whose runner has not renewed its claim for this long is given to another runner. */
  jobLeaseSeconds: number
  /** How often an idle runner looks for due jobs. */
  jobPollMs: number
  /** Safety net: a cached page is re-rendered after this long even if no change reached it. */
  pageCacheMaxAgeSeconds: number
  /** One JSON line per request (with its id) on stdout; on by default when NODE_ENV=production. */
  logRequests: boolean
  /** Newsletter sending and its bounces (see README, Newsletter). */
  newsletter: NewsletterSettings
}

export type NewsletterSettings = {
  /** Messages per second this process sends at most (the provider's limit); 0: no limit. */
  ratePerSecond: number
  /** SMTP connections kept open while sending. */
  poolSize: number
  /** Recipients per batch job. */
  batchSize: number
  /** DKIM signing of all outgoing mail; all three variables or none. */
  dkim?: { domain: string; selector: string; privateKey: string }
  /** Domain of the VERP return paths (bounces+<delivery>@domain); the MTA routes it to the listener. */
  bounceDomain: string
  /** Port of the app's inbound SMTP listener for bounces and complaints; unset: no listener. */
  bounceSmtpPort?: number
  /** Interface the listener binds to: only the MTA may reach it (no authentication). */
  bounceSmtpHost: string
  /** Bearer token of the bounce webhook (POST /api/newsletter-bounces/inbound); unset: no webhook. */
  bounceWebhookSecret?: string
}

export const roles = ['all', 'web', 'admin', 'worker'] as const
export type Role = (typeof roles)[number]

export type S3Settings = {
  bucket: string
  region: string
  endpoint?: string
  accessKeyId?: string
  secretAccessKey?: string
  forcePathStyle: boolean
}

export class ConfigError extends Error {}

type Source = Record<string, string | undefined>

/** Reads and validates configuration; throws ConfigError naming the bad variable. */
export function readEnv(source: Source = process.env): Env {
  const dataDir = path.resolve(/*turbopackIgnore: true*/ source.DATA_DIR ?? 'data')
  const databaseUrl = source.DATABASE_URL || 'file:./data/clearinghouse.db'
  let dialect: Env['dialect']
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) dialect = 'postgres'
  else if (databaseUrl.startsWith('file:')) dialect = 'sqlite'
  else throw new ConfigError(`DATABASE_URL must start with file: or postgres:// (got "${databaseUrl.split(':')[0]}:…")`)

  const port = Number(source.PORT ?? 3000)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 1 to 65535 (got "${source.PORT}")`)
  }

  const publicUrl = (source.PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, '')
  try {
    const u = new URL(publicUrl)
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error()
  } catch {
    throw new ConfigError(`PUBLIC_URL must be an http(s) URL (got "${publicUrl}")`)
  }

  const seed = source.SEED ?? 'demo'
  if (seed !== 'demo' && seed !== 'none') throw new ConfigError(`SEED must be "demo" or "none" (got "${seed}")`)

  const adminEmail = source.ADMIN_EMAIL || undefined
  const adminPassword = source.ADMIN_PASSWORD || undefined
  if (adminEmail && !/^[^\s@]+@[^\s@]+$/.test(adminEmail)) throw new ConfigError('ADMIN_EMAIL is not an email address')
  if (adminPassword !== undefined && adminPassword.length < 8) {
    throw new ConfigError('ADMIN_PASSWORD must have at least 8 characters')
  }

  // Read again where events are published (schedule-event-jobs.ts); checked here so a typo stops the start.
  const retention = source.EVENT_RETENTION_DAYS
  if (retention !== undefined && retention !== '' && !/^\d{1,4}$/.test(retention)) {
    throw new ConfigError(`EVENT_RETENTION_DAYS must be a whole number of days (got "${retention}")`)
  }

  const smtpUrl = source.SMTP_URL || undefined
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) throw new ConfigError('SMTP_URL must start with smtp:// or smtps://')

  const payloadSecret = source.PAYLOAD_SECRET || storedSecret(dataDir)
  if (payloadSecret.length < 16) throw new ConfigError('PAYLOAD_SECRET must have at least 16 characters')

  const role = (source.ROLE || 'all') as Role
  if (!roles.includes(role)) throw new ConfigError(`ROLE must be one of ${roles.join(', ')} (got "${source.ROLE}")`)

  const trustedProxies = (source.TRUSTED_PROXIES ?? '').split(',').map((p) => p.trim()).filter(Boolean)
  for (const proxy of trustedProxies) {
    if (!/^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(proxy)) {
      throw new ConfigError(`TRUSTED_PROXIES must list IP addresses or CIDR ranges, comma-separated (got "${proxy}")`)
    }
  }

  return {
    databaseUrl,
    dialect,
    port,
    publicUrl,
    payloadSecret,
    adminEmail,
    adminPassword,
    seed,
    smtpUrl,
    mailFrom: source.MAIL_FROM || 'Nordic Integration Clearinghouse <no-reply@localhost>',
    dataDir,
    role,
    trustedProxies,
    s3: readS3(source),
    runJobs: flag(source, 'RUN_JOBS', role === 'all' || role === 'worker'),
    jobLeaseSeconds: wholeNumber(source, 'JOB_LEASE_SECONDS', 60, 1, 3600),
    jobPollMs: wholeNumber(source, 'JOB_POLL_MS', 1000, 50, 60_000),
    pageCacheMaxAgeSeconds: wholeNumber(source, 'PAGE_CACHE_MAX_AGE', 300, 1, 86_400),
    logRequests: flag(source, 'LOG_REQUESTS', source.NODE_ENV === 'production'),
    newsletter: readNewsletter(source, source.MAIL_FROM || ''),
  }
}

function readNewsletter(source: Source, mailFrom: string): NewsletterSettings {
  const domain = source.DKIM_DOMAIN || undefined
  const selector = source.DKIM_SELECTOR || undefined
  // A PEM key in one environment line: literal "\n" stand for line breaks.
  const privateKey = source.DKIM_PRIVATE_KEY?.replace(/\\n/g, '\n') || undefined
  const given = [domain, selector, privateKey].filter(Boolean).length
  if (given !== 0 && given !== 3) throw new ConfigError('DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY must be set together')
  if (privateKey && !/-----BEGIN (RSA )?PRIVATE KEY-----/.test(privateKey)) throw new ConfigError('DKIM_PRIVATE_KEY must be a PEM private key')
  const fromDomain = /@([^>\s]+)/.exec(mailFrom)?.[1] ?? 'localhost'
  const bounceDomain = source.BOUNCE_DOMAIN || fromDomain
  if (!/^[a-z0-9.-]+$/i.test(bounceDomain)) throw new ConfigError(`BOUNCE_DOMAIN must be a domain name (got "${bounceDomain}")`)
  const port = source.BOUNCE_SMTP_PORT
  const webhookSecret = source.BOUNCE_WEBHOOK_SECRET || undefined
  if (webhookSecret && webhookSecret.length < 16) throw new ConfigError('BOUNCE_WEBHOOK_SECRET must have at least 16 characters')
  return {
    ratePerSecond: wholeNumber(source, 'NEWSLETTER_RATE', 0, 0, 100_000),
    poolSize: wholeNumber(source, 'NEWSLETTER_SMTP_POOL', 5, 1, 50),
    batchSize: wholeNumber(source, 'NEWSLETTER_BATCH_SIZE', 500, 1, 10_000),
    dkim: domain && selector && privateKey ? { domain, selector, privateKey } : undefined,
    bounceDomain,
    bounceSmtpHost: source.BOUNCE_SMTP_HOST || '127.0.0.1',
    bounceSmtpPort: port === undefined || port === '' ? undefined : wholeNumber(source, 'BOUNCE_SMTP_PORT', 0, 1, 65535),
    bounceWebhookSecret: webhookSecret,
  }
}

function wholeNumber(source: Source, name: string, fallback: number, min: number, max: number): number {
  const raw = source[name]
  if (raw === undefined || raw === '') return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`)
  return n
}

function flag(source: Source, name: string, fallback: boolean): boolean {
  const raw = source[name]
  if (raw === undefined || raw === '') return fallback
  if (raw === 'true' || raw === '1') return true
  if (raw === 'false' || raw === '0') return false
  throw new ConfigError(`${name} must be true or false (got "${raw}")`)
}

/** S3_BUCKET switches uploads to object storage; the rest is optional (credentials may come from the host). */
function readS3(source: Source): S3Settings | undefined {
  const bucket = source.S3_BUCKET
  if (!bucket) return undefined
  const endpoint = source.S3_ENDPOINT || undefined
  if (endpoint && !/^https?:\/\//.test(endpoint)) throw new ConfigError('S3_ENDPOINT must be an http(s) URL')
  return {
    bucket,
    region: source.S3_REGION || 'us-east-1',
    endpoint,
    accessKeyId: source.S3_ACCESS_KEY_ID || undefined,
    secretAccessKey: source.S3_SECRET_ACCESS_KEY || undefined,
    forcePathStyle: flag(source, 'S3_FORCE_PATH_STYLE', Boolean(endpoint)),
  }
}

/** A secret generated once and kept under ./data, so sessions survive restarts. */
function storedSecret(dataDir: string): string {
  const file = path.join(dataDir, 'payload-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

let cached: Env | undefined
export function env(): Env {
  cached ??= readEnv()
  return cached
}

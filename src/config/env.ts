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

  const smtpUrl = source.SMTP_URL || undefined
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) throw new ConfigError('SMTP_URL must start with smtp:// or smtps://')

  const payloadSecret = source.PAYLOAD_SECRET || storedSecret(dataDir)
  if (payloadSecret.length < 16) throw new ConfigError('PAYLOAD_SECRET must have at least 16 characters')

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

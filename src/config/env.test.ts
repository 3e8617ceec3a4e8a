import { mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, readEnv } from './env'

const dataDir = () => mkdtempSync(path.join(os.tmpdir(), 'env-test-'))

describe('readEnv', () => {
  it('defaults to SQLite under ./data, port 3000 and demo content', () => {
    const dir = dataDir()
    const env = readEnv({ DATA_DIR: dir })
    expect(env).toMatchObject({ dialect: 'sqlite', port: 3000, seed: 'demo', publicUrl: 'http://localhost:3000' })
    expect(env.databaseUrl).toBe('file:./data/clearinghouse.db')
    // A generated secret is stored and reused on the next start.
    expect(readFileSync(path.join(dir, 'payload-secret'), 'utf8')).toBe(env.payloadSecret)
    expect(readEnv({ DATA_DIR: dir }).payloadSecret).toBe(env.payloadSecret)
  })
  it('selects PostgreSQL for postgres:// URLs', () => {
    expect(readEnv({ DATA_DIR: dataDir(), DATABASE_URL: 'postgres://u@h:5432/db' }).dialect).toBe('postgres')
  })
  it('logs requests by default in production only, unless LOG_REQUESTS says otherwise', () => {
    const dir = dataDir()
    expect(readEnv({ DATA_DIR: dir }).logRequests).toBe(false)
    expect(readEnv({ DATA_DIR: dir, NODE_ENV: 'production' }).logRequests).toBe(true)
    expect(readEnv({ DATA_DIR: dir, NODE_ENV: 'production', LOG_REQUESTS: 'false' }).logRequests).toBe(false)
    expect(readEnv({ DATA_DIR: dir, LOG_REQUESTS: 'true' }).logRequests).toBe(true)
  })
  it.each([
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ PUBLIC_URL: 'ftp://x' }, /PUBLIC_URL/],
    [{ SEED: 'lots' }, /SEED/],
    [{ ADMIN_EMAIL: 'nobody' }, /ADMIN_EMAIL/],
    [{ ADMIN_PASSWORD: 'short' }, /ADMIN_PASSWORD/],
    [{ SMTP_URL: 'http://mail' }, /SMTP_URL/],
    [{ PAYLOAD_SECRET: 'tiny' }, /PAYLOAD_SECRET/],
  ])('rejects %o with a message naming the variable', (vars, message) => {
    expect(() => readEnv({ DATA_DIR: dataDir(), ...vars })).toThrow(ConfigError)
    expect(() => readEnv({ DATA_DIR: dataDir(), ...vars })).toThrow(message)
  })
})

import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { Payload } from 'payload'
import { startPayload } from '../../src/boot/start-payload'
import { stopPayload } from '../../src/boot/stop-payload'
import type { ConfigOptions } from '../../src/config/build-payload-config'
import { readEnv, type Env } from '../../src/config/env'

/** `key` is Payload's instance cache key (for Payload's REST handler: handleEndpoints). */
export type TestPayload = { payload: Payload; env: Env; key: string; cleanup: () => Promise<void> }

export type TestPayloadOptions = ConfigOptions & {
  /**
   * Join the database of an instance already started (its env.databaseUrl) instead of creating
   * one: another instance of the same site. It is neither created nor dropped here, so clean
   * this instance up before the one that owns the database.
   */
  databaseUrl?: string
}

/**
 * Starts Payload on a brand-new database: a temporary SQLite file, or a new PostgreSQL database
 * created next to the one in DATABASE_URL when that is postgres://. Migrations build the schema.
 * Each instance has its own data folder (uploads, secret), also when it shares a database.
 */
export async function startTestPayload(overrides: Record<string, string> = {}, options: TestPayloadOptions = {}): Promise<TestPayload> {
  const { databaseUrl: sharedUrl, ...configOptions } = options
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'clearinghouse-test-'))
  const base = process.env.DATABASE_URL ?? ''
  let databaseUrl = sharedUrl ?? `file:${path.join(dataDir, 'test.db')}`
  let dropDatabase = async () => {}
  if (!sharedUrl && /^postgres(ql)?:\/\//.test(base)) {
    const name = `ch_test_${randomBytes(6).toString('hex')}`
    const admin = new pg.Client({ connectionString: base })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    const url = new URL(base)
    url.pathname = `/${name}`
    databaseUrl = url.toString()
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: base })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await c.end()
    }
  }
  const env = readEnv({
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    PAYLOAD_SECRET: randomBytes(24).toString('hex'),
    PUBLIC_URL: 'http://localhost:3000',
    SEED: 'none',
    ...overrides,
  })
  const key = `test-${randomBytes(4).toString('hex')}`
  const payload = await startPayload(env, key, configOptions)
  return {
    payload,
    env,
    key,
    cleanup: async () => {
      await stopPayload(payload)
      await dropDatabase()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

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

export type TestDatabase = { env: Env; drop: () => Promise<void> }

/**
 * A brand-new, empty database and the environment pointing at it: a temporary SQLite file, or a new
 * PostgreSQL database created next to the one in DATABASE_URL when that is postgres://. With
 * `sharedUrl`, the environment points at that existing database instead (nothing is created or
 * dropped). Each environment has its own data folder (uploads, secret).
 */
export async function createTestDatabase(overrides: Record<string, string> = {}, sharedUrl?: string): Promise<TestDatabase> {
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
  return {
    env,
    drop: async () => {
      await dropDatabase()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/**
 * Connections that outlive the stop (Payload's adapter can leave some checked out) end when the test
 * database is dropped under them: expected here, and not an uncaught error of the test run.
 */
function quietPool(payload: Payload): void {
  const pool = (payload.db as { pool?: { on: (event: 'error', fn: () => void) => void } }).pool
  pool?.on('error', () => {})
}

/** Starts Payload on a brand-new database (see createTestDatabase). Migrations build the schema. */
export async function startTestPayload(overrides: Record<string, string> = {}, options: TestPayloadOptions = {}): Promise<TestPayload> {
  const { databaseUrl: sharedUrl, ...configOptions } = options
  const db = await createTestDatabase(overrides, sharedUrl)
  const key = `test-${randomBytes(4).toString('hex')}`
  const payload = await startPayload(db.env, key, configOptions)
  return {
    payload,
    env: db.env,
    key,
    cleanup: async () => {
      quietPool(payload)
      await stopPayload(payload)
      await db.drop()
    },
  }
}

/**
 * A second Payload instance on the same database as `first`, as another server process behind the
 * load balancer would be (its own pool, change stream and caches; the same secret and data folder).
 * Stop it before `first.cleanup`.
 */
export async function startSecondPayload(first: TestPayload, options: ConfigOptions = {}): Promise<{ payload: Payload; stop: () => Promise<void> }> {
  const payload = await startPayload(first.env, `second-${randomBytes(4).toString('hex')}`, options)
  return {
    payload,
    stop: async () => {
      quietPool(payload)
      await stopPayload(payload)
    },
  }
}

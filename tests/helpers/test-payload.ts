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

export type TestPayload = { payload: Payload; env: Env; cleanup: () => Promise<void> }

export type TestDatabase = { env: Env; drop: () => Promise<void> }

/**
 * A brand-new, empty database and the environment pointing at it: a temporary SQLite file, or a new
 * PostgreSQL database created next to the one in DATABASE_URL when that is postgres://.
 */
export async function createTestDatabase(overrides: Record<string, string> = {}): Promise<TestDatabase> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'clearinghouse-test-'))
  const base = process.env.DATABASE_URL ?? ''
  let databaseUrl = `file:${path.join(dataDir, 'test.db')}`
  let dropDatabase = async () => {}
  if (/^postgres(ql)?:\/\//.test(base)) {
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

/** Ignores the errors of PostgreSQL pool connections ended by dropping the database under them. */
function quietPool(payload: Payload): void {
  const pool = (payload.db as { pool?: { on: (event: 'error', fn: () => void) => void } }).pool
  pool?.on('error', () => {})
}

/**
 * Starts Payload on a brand-new database (see createTestDatabase). Migrations build the schema.
 */
export async function startTestPayload(overrides: Record<string, string> = {}, options: ConfigOptions = {}): Promise<TestPayload> {
  const db = await createTestDatabase(overrides)
  const payload = await startPayload(db.env, `test-${randomBytes(4).toString('hex')}`, options)
  return {
    payload,
    env: db.env,
    cleanup: async () => {
      await stopPayload(payload)
      // The PostgreSQL pool outlives destroy(); its connections end when the database is dropped
      // under them, which is expected here and must not surface as an uncaught error.
      quietPool(payload)
      await db.drop()
    },
  }
}

/**
 * A second Payload instance on the same database as `first`, as another server process behind the
 * load balancer would be (its own pool, change stream and caches). Stop it before `first.cleanup`.
 */
export async function startSecondPayload(first: TestPayload): Promise<{ payload: Payload; stop: () => Promise<void> }> {
  const payload = await startPayload(first.env, `test-${randomBytes(4).toString('hex')}`)
  return {
    payload,
    stop: async () => {
      await stopPayload(payload)
      quietPool(payload)
    },
  }
}

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

/**
 * Starts Payload on a brand-new database: a temporary SQLite file, or a new PostgreSQL database
 * created next to the one in DATABASE_URL when that is postgres://. Migrations build the schema.
 */
export async function startTestPayload(overrides: Record<string, string> = {}, options: ConfigOptions = {}): Promise<TestPayload> {
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
  const payload = await startPayload(env, `test-${randomBytes(4).toString('hex')}`, options)
  return {
    payload,
    env,
    cleanup: async () => {
      await stopPayload(payload)
      await dropDatabase()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

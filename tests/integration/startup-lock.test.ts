import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'
import { loadMigrations } from '../../src/boot/load-migrations'
import { startInstance } from '../../src/boot/start-instance'
import { stopPayload } from '../../src/boot/stop-payload'
import { rawRows } from '../../src/db/raw-sql'
import { createTestDatabase, type TestDatabase } from '../helpers/test-payload'

const onPostgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '')
let db: TestDatabase | undefined
const started: Payload[] = []

afterAll(async () => {
  for (const payload of started) {
    await stopPayload(payload)
    ;(payload.db as unknown as { pool?: { on: (e: 'error', fn: () => void) => void } }).pool?.on('error', () => {})
  }
  await db?.drop()
})

// On SQLite one process owns the database file, so there is no start-up race to test.
describe.skipIf(!onPostgres)('several instances starting together on one PostgreSQL database (skipped on SQLite: one process per file)', () => {
  it('all come up; migrations are recorded once and the demo content is seeded once', async () => {
    db = await createTestDatabase({ SEED: 'demo', ADMIN_EMAIL: 'first@example.org', ADMIN_PASSWORD: 'first-admin-password' })
    const env = db.env
    const logs: string[][] = [[], []]
    const results = await Promise.allSettled(
      logs.map((log) => startInstance(env, (m) => log.push(m), `lock-${randomBytes(4).toString('hex')}`)),
    )
    for (const r of results) if (r.status === 'fulfilled') started.push(r.value)
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled'])
    const payload = started[0]!

    const names = (await rawRows(payload, { postgres: 'select name from payload_migrations where batch > 0', sqlite: '' }, [])).map((r) => String(r.name))
    const expected = (await loadMigrations('postgres')).map((m) => m.name)
    expect(names.sort()).toEqual([...expected].sort())

    // Exactly one instance seeded and created the admin; the other found the work done.
    expect(logs.filter((l) => l.includes('demo content loaded'))).toHaveLength(1)
    expect(logs.filter((l) => l.some((m) => m.startsWith('first admin created')))).toHaveLength(1)
    expect((await payload.count({ collection: 'themes' })).totalDocs).toBe(5)
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(1)
  }, 300_000)
})

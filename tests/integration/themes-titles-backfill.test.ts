import { readdirSync } from 'node:fs'
import path from 'node:path'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { srcDir } from '../../src/config/paths'
import { dialectOf } from '../../src/db/raw-sql'
import { themes } from '../../src/seed/data/themes'
import { createThemes } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

// Issue 8: themes got an admin title and a languages column; the migration fills both in for the
// themes that existed before it. The demo themes stand for those: the migration is taken back and
// run again, and every theme must then show its own title in each locale and all six languages.
let t: TestPayload

type Migration = { up: (args: unknown) => Promise<void>; down: (args: unknown) => Promise<void> }

async function themesMigration(): Promise<Migration> {
  const dir = path.join(srcDir, 'migrations', dialectOf(t.payload))
  const file = readdirSync(dir).find((f) => /^\d{8}_\d{6}_themes_titles_and_languages\.ts$/.test(f))
  if (!file) throw new Error(`no themes_titles_and_languages migration in ${dir}`)
  return (await import(path.join(dir, file))) as Migration
}

beforeAll(async () => {
  t = await startTestPayload()
  await createThemes(t.payload)
}, 120_000)

afterAll(async () => {
  await t?.cleanup()
})

describe('the themes migration', () => {
  it('fills in the admin titles and languages of themes stored before it', async () => {
    const args = { db: (t.payload.db as unknown as { drizzle: unknown }).drizzle, payload: t.payload, req: await createLocalReq({}, t.payload) }
    const migration = await themesMigration()
    await migration.down(args)
    await migration.up(args)
    const stored = await t.payload.find({ collection: 'themes', locale: 'all', pagination: false, depth: 0, overrideAccess: true })
    expect(stored.docs).toHaveLength(themes.length)
    for (const doc of stored.docs) {
      expect(doc.adminTitle).toEqual(doc.title)
      expect(doc.languages).toEqual(['sv', 'nb', 'da', 'fi', 'is', 'en'])
    }
  })
})

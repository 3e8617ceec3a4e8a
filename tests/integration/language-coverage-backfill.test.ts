import { readdirSync } from 'node:fs'
import path from 'node:path'
import { createLocalReq } from 'payload'
import { srcDir } from '../../src/config/paths'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectOf, rawRows } from '../../src/db/raw-sql'
import { languagesOf } from '../../src/fields/language-coverage'
import { seedDemo } from '../../src/seed/seed-demo'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

// Issue 8: the language_coverage migration fills the new "languages" column of the documents that
// existed before it, from their titles. Here the demo content stands for those documents: the
// migration is taken back (its tables dropped, as before it ran) and run again, and every document's
// backfilled languages must be those its titles give, in the site's order, blank titles not counting.
let t: TestPayload
let blanked = ''
const collections = ['practices', 'news', 'pages'] as const
type Coverage = Record<string, string[]>

/**
 * Per document ("news:12"), the languages stored in its languages column: as published (`draft`
 * false) or in its latest version (`draft` true, what the admin's lists and edit views read).
 */
async function storedLanguages(draft: boolean): Promise<Coverage> {
  const found: Coverage = {}
  for (const collection of collections) {
    const docs = await t.payload.find({ collection, locale: 'all', select: { languages: true }, depth: 0, pagination: false, overrideAccess: true, draft })
    for (const doc of docs.docs) found[`${collection}:${doc.id}`] = [...((doc.languages as string[] | null | undefined) ?? [])]
  }
  return found
}

/** Per document, the languages its titles give (what a save would store), as published or in its latest version. */
async function languagesFromTitles(draft: boolean): Promise<Coverage> {
  const found: Coverage = {}
  for (const collection of collections) {
    const docs = await t.payload.find({ collection, locale: 'all', select: { title: true }, depth: 0, pagination: false, overrideAccess: true, draft })
    for (const doc of docs.docs) found[`${collection}:${doc.id}`] = languagesOf(doc.title)
  }
  return found
}

type Migration = { up: (args: unknown) => Promise<void>; down: (args: unknown) => Promise<void> }

/** The dialect's language_coverage migration, loaded as Payload loads it (migrations are outside the typecheck). */
async function languageCoverageMigration(): Promise<Migration> {
  const dir = path.join(srcDir, 'migrations', dialectOf(t.payload))
  const file = readdirSync(dir).find((f) => /^\d{8}_\d{6}_language_coverage\.ts$/.test(f))
  if (!file) throw new Error(`no language_coverage migration in ${dir}`)
  return (await import(path.join(dir, file))) as Migration
}

async function rerunMigration(): Promise<void> {
  const args = { db: (t.payload.db as unknown as { drizzle: unknown }).drizzle, payload: t.payload, req: await createLocalReq({}, t.payload) }
  const migration = await languageCoverageMigration()
  await migration.down(args)
  await migration.up(args)
}

beforeAll(async () => {
  t = await startTestPayload()
  await seedDemo(t.payload)
  // A title that is only blanks does not make a language: one news item's Norwegian title becomes one.
  const news = await t.payload.find({ collection: 'news', where: { languages: { in: ['nb'] } }, limit: 1, depth: 0, overrideAccess: true })
  const id = news.docs[0]!.id
  blanked = `news:${id}`
  await rawRows(t.payload, { postgres: `UPDATE news_locales SET title = '   ' WHERE _parent_id = $1 AND _locale = 'nb'`, sqlite: `UPDATE news_locales SET title = '   ' WHERE _parent_id = ? AND _locale = 'nb'` }, [id])
})

afterAll(async () => {
  await t?.cleanup()
})

describe('the language_coverage migration', () => {
  it('backfills, for documents stored before the column existed, the languages their titles give', async () => {
    const [published, latest] = [await languagesFromTitles(false), await languagesFromTitles(true)]
    expect(published[blanked]).not.toContain('nb')
    await rerunMigration()
    const backfilled = await storedLanguages(false)
    expect(backfilled).toEqual(published)
    expect(await storedLanguages(true)).toEqual(latest)
    // The demo content covers the cases: one language, several, all six, and a blank title.
    const sizes = new Set(Object.values(backfilled).map((l) => l.length))
    expect(sizes.has(1) && sizes.has(6) && [...sizes].some((n) => n > 1 && n < 6)).toBe(true)
    expect(Object.values(backfilled).some((l) => l.length === 0)).toBe(false)
  })
})

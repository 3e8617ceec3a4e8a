import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { adminTitleTables, planAdminTitles, type TitleRow } from '../../db/plan-admin-titles'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`practices_locales\` ADD \`admin_title\` text;`)
  await db.run(sql`ALTER TABLE \`news_locales\` ADD \`admin_title\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v_locales\` ADD \`version_admin_title\` text;`)
  await db.run(sql`ALTER TABLE \`pages_locales\` ADD \`admin_title\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v_locales\` ADD \`version_admin_title\` text;`)
  // Documents stored before the column existed get their admin titles now (hand-written).
  for (const { table, title, adminTitle } of adminTitleTables) {
    const rows = await db.all(sql`SELECT _parent_id AS parent, _locale AS locale, ${sql.identifier(title)} AS title FROM ${sql.identifier(table)}`)
    for (const w of planAdminTitles(rows as TitleRow[])) {
      if (w.insert) await db.run(sql`INSERT INTO ${sql.identifier(table)} (_locale, _parent_id, ${sql.identifier(adminTitle)}) VALUES (${w.locale}, ${w.parent}, ${w.value})`)
      else await db.run(sql`UPDATE ${sql.identifier(table)} SET ${sql.identifier(adminTitle)} = ${w.value} WHERE _parent_id = ${w.parent} AND _locale = ${w.locale}`)
    }
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`practices_locales\` DROP COLUMN \`admin_title\`;`)
  await db.run(sql`ALTER TABLE \`news_locales\` DROP COLUMN \`admin_title\`;`)
  await db.run(sql`ALTER TABLE \`_news_v_locales\` DROP COLUMN \`version_admin_title\`;`)
  await db.run(sql`ALTER TABLE \`pages_locales\` DROP COLUMN \`admin_title\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_locales\` DROP COLUMN \`version_admin_title\`;`)
}

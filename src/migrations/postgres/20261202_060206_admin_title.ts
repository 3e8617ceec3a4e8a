import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { adminTitleTables, planAdminTitles, type TitleRow } from '../../db/plan-admin-titles'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "practices_locales" ADD COLUMN "admin_title" varchar;
  ALTER TABLE "news_locales" ADD COLUMN "admin_title" varchar;
  ALTER TABLE "_news_v_locales" ADD COLUMN "version_admin_title" varchar;
  ALTER TABLE "pages_locales" ADD COLUMN "admin_title" varchar;
  ALTER TABLE "_pages_v_locales" ADD COLUMN "version_admin_title" varchar;`)
  // Documents stored before the column existed get their admin titles now (hand-written).
  for (const { table, title, adminTitle } of adminTitleTables) {
    const read = await db.execute(sql`SELECT "_parent_id" AS parent, "_locale"::text AS locale, ${sql.identifier(title)} AS title FROM ${sql.identifier(table)}`)
    for (const w of planAdminTitles(read.rows as TitleRow[])) {
      if (w.insert) await db.execute(sql`INSERT INTO ${sql.identifier(table)} ("_locale", "_parent_id", ${sql.identifier(adminTitle)}) VALUES (${w.locale}, ${w.parent}, ${w.value})`)
      else await db.execute(sql`UPDATE ${sql.identifier(table)} SET ${sql.identifier(adminTitle)} = ${w.value} WHERE "_parent_id" = ${w.parent} AND "_locale" = ${w.locale}`)
    }
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "practices_locales" DROP COLUMN "admin_title";
  ALTER TABLE "news_locales" DROP COLUMN "admin_title";
  ALTER TABLE "_news_v_locales" DROP COLUMN "version_admin_title";
  ALTER TABLE "pages_locales" DROP COLUMN "admin_title";
  ALTER TABLE "_pages_v_locales" DROP COLUMN "version_admin_title";`)
}

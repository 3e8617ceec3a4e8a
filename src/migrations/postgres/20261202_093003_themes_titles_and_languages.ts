import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { planAdminTitles, type TitleRow } from '../../db/plan-admin-titles'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_themes_languages" AS ENUM('sv', 'nb', 'da', 'fi', 'is', 'en');
  CREATE TABLE "themes_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_themes_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  ALTER TABLE "themes_locales" ALTER COLUMN "title" DROP NOT NULL;
  ALTER TABLE "themes_locales" ADD COLUMN "admin_title" varchar;
  ALTER TABLE "themes_languages" ADD CONSTRAINT "themes_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "themes_languages_order_idx" ON "themes_languages" USING btree ("order");
  CREATE INDEX "themes_languages_parent_idx" ON "themes_languages" USING btree ("parent_id");`)
  // Written by hand: the admin titles and languages of the themes that exist, from their titles.
  const read = await db.execute(sql`SELECT "_parent_id" AS parent, "_locale" AS locale, "title" AS title FROM "themes_locales"`)
  for (const w of planAdminTitles(read.rows as TitleRow[])) {
    if (w.insert) await db.execute(sql`INSERT INTO "themes_locales" ("_locale", "_parent_id", "admin_title") VALUES (${w.locale}, ${w.parent}, ${w.value})`)
    else await db.execute(sql`UPDATE "themes_locales" SET "admin_title" = ${w.value} WHERE "_parent_id" = ${w.parent} AND "_locale" = ${w.locale}`)
  }
  await db.execute(sql`INSERT INTO "themes_languages" ("order", "parent_id", "value") SELECT CASE _locale WHEN 'sv' THEN 1 WHEN 'nb' THEN 2 WHEN 'da' THEN 3 WHEN 'fi' THEN 4 WHEN 'is' THEN 5 ELSE 6 END, "_parent_id", "_locale"::text::"enum_themes_languages" FROM "themes_locales" WHERE "title" IS NOT NULL AND trim("title") <> '';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "themes_languages" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "themes_languages" CASCADE;
  ALTER TABLE "themes_locales" ALTER COLUMN "title" SET NOT NULL;
  ALTER TABLE "themes_locales" DROP COLUMN "admin_title";
  DROP TYPE "public"."enum_themes_languages";`)
}

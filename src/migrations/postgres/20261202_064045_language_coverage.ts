import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_practices_languages" AS ENUM('sv', 'nb', 'da', 'fi', 'is', 'en');
  CREATE TYPE "public"."enum_news_languages" AS ENUM('sv', 'nb', 'da', 'fi', 'is', 'en');
  CREATE TYPE "public"."enum__news_v_version_languages" AS ENUM('sv', 'nb', 'da', 'fi', 'is', 'en');
  CREATE TYPE "public"."enum_pages_languages" AS ENUM('sv', 'nb', 'da', 'fi', 'is', 'en');
  CREATE TYPE "public"."enum__pages_v_version_languages" AS ENUM('sv', 'nb', 'da', 'fi', 'is', 'en');
  CREATE TABLE "practices_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_practices_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "news_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_news_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_news_v_version_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__news_v_version_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "pages_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_pages_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_pages_v_version_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__pages_v_version_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  ALTER TABLE "practices_languages" ADD CONSTRAINT "practices_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_languages" ADD CONSTRAINT "news_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_version_languages" ADD CONSTRAINT "_news_v_version_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_languages" ADD CONSTRAINT "pages_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_version_languages" ADD CONSTRAINT "_pages_v_version_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "practices_languages_order_idx" ON "practices_languages" USING btree ("order");
  CREATE INDEX "practices_languages_parent_idx" ON "practices_languages" USING btree ("parent_id");
  CREATE INDEX "news_languages_order_idx" ON "news_languages" USING btree ("order");
  CREATE INDEX "news_languages_parent_idx" ON "news_languages" USING btree ("parent_id");
  CREATE INDEX "_news_v_version_languages_order_idx" ON "_news_v_version_languages" USING btree ("order");
  CREATE INDEX "_news_v_version_languages_parent_idx" ON "_news_v_version_languages" USING btree ("parent_id");
  CREATE INDEX "pages_languages_order_idx" ON "pages_languages" USING btree ("order");
  CREATE INDEX "pages_languages_parent_idx" ON "pages_languages" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_languages_order_idx" ON "_pages_v_version_languages" USING btree ("order");
  CREATE INDEX "_pages_v_version_languages_parent_idx" ON "_pages_v_version_languages" USING btree ("parent_id");`)
  // Written by hand: the languages of the documents that exist, from their titles (later saves keep it).
  await db.execute(sql`INSERT INTO "practices_languages" ("order", "parent_id", "value") SELECT CASE _locale WHEN 'sv' THEN 1 WHEN 'nb' THEN 2 WHEN 'da' THEN 3 WHEN 'fi' THEN 4 WHEN 'is' THEN 5 ELSE 6 END, "_parent_id", "_locale"::text::"enum_practices_languages" FROM "practices_locales" WHERE "title" IS NOT NULL AND trim("title") <> '';`)
  await db.execute(sql`INSERT INTO "news_languages" ("order", "parent_id", "value") SELECT CASE _locale WHEN 'sv' THEN 1 WHEN 'nb' THEN 2 WHEN 'da' THEN 3 WHEN 'fi' THEN 4 WHEN 'is' THEN 5 ELSE 6 END, "_parent_id", "_locale"::text::"enum_news_languages" FROM "news_locales" WHERE "title" IS NOT NULL AND trim("title") <> '';`)
  await db.execute(sql`INSERT INTO "pages_languages" ("order", "parent_id", "value") SELECT CASE _locale WHEN 'sv' THEN 1 WHEN 'nb' THEN 2 WHEN 'da' THEN 3 WHEN 'fi' THEN 4 WHEN 'is' THEN 5 ELSE 6 END, "_parent_id", "_locale"::text::"enum_pages_languages" FROM "pages_locales" WHERE "title" IS NOT NULL AND trim("title") <> '';`)
  // …and of every stored version: the admin's lists and edit views read a document's latest version.
  await db.execute(sql`INSERT INTO "_news_v_version_languages" ("order", "parent_id", "value") SELECT CASE _locale WHEN 'sv' THEN 1 WHEN 'nb' THEN 2 WHEN 'da' THEN 3 WHEN 'fi' THEN 4 WHEN 'is' THEN 5 ELSE 6 END, "_parent_id", "_locale"::text::"enum__news_v_version_languages" FROM "_news_v_locales" WHERE "version_title" IS NOT NULL AND trim("version_title") <> '';`)
  await db.execute(sql`INSERT INTO "_pages_v_version_languages" ("order", "parent_id", "value") SELECT CASE _locale WHEN 'sv' THEN 1 WHEN 'nb' THEN 2 WHEN 'da' THEN 3 WHEN 'fi' THEN 4 WHEN 'is' THEN 5 ELSE 6 END, "_parent_id", "_locale"::text::"enum__pages_v_version_languages" FROM "_pages_v_locales" WHERE "version_title" IS NOT NULL AND trim("version_title") <> '';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "practices_languages" CASCADE;
  DROP TABLE "news_languages" CASCADE;
  DROP TABLE "_news_v_version_languages" CASCADE;
  DROP TABLE "pages_languages" CASCADE;
  DROP TABLE "_pages_v_version_languages" CASCADE;
  DROP TYPE "public"."enum_practices_languages";
  DROP TYPE "public"."enum_news_languages";
  DROP TYPE "public"."enum__news_v_version_languages";
  DROP TYPE "public"."enum_pages_languages";
  DROP TYPE "public"."enum__pages_v_version_languages";`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { planAdminTitles, type TitleRow } from '../../db/plan-admin-titles'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`themes_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`themes_languages_order_idx\` ON \`themes_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`themes_languages_parent_idx\` ON \`themes_languages\` (\`parent_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_themes_locales\` (
  	\`title\` text,
  	\`admin_title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  // Edited by hand: the old table has no admin_title to copy (the generator assumed it had).
  await db.run(sql`INSERT INTO \`__new_themes_locales\`("title", "description", "id", "_locale", "_parent_id") SELECT "title", "description", "id", "_locale", "_parent_id" FROM \`themes_locales\`;`)
  await db.run(sql`DROP TABLE \`themes_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_themes_locales\` RENAME TO \`themes_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`themes_locales_locale_parent_id_unique\` ON \`themes_locales\` (\`_locale\`,\`_parent_id\`);`)
  // Written by hand: the admin titles and languages of the themes that exist, from their titles.
  const rows = await db.all(sql`SELECT _parent_id AS parent, _locale AS locale, title FROM \`themes_locales\``)
  for (const w of planAdminTitles(rows as TitleRow[])) {
    if (w.insert) await db.run(sql`INSERT INTO \`themes_locales\` (_locale, _parent_id, admin_title) VALUES (${w.locale}, ${w.parent}, ${w.value})`)
    else await db.run(sql`UPDATE \`themes_locales\` SET admin_title = ${w.value} WHERE _parent_id = ${w.parent} AND _locale = ${w.locale}`)
  }
  await db.run(sql`INSERT INTO \`themes_languages\` (\`order\`, \`parent_id\`, \`value\`) SELECT CASE _locale WHEN 'sv' THEN 1 WHEN 'nb' THEN 2 WHEN 'da' THEN 3 WHEN 'fi' THEN 4 WHEN 'is' THEN 5 ELSE 6 END, \`_parent_id\`, \`_locale\` FROM \`themes_locales\` WHERE \`title\` IS NOT NULL AND trim(\`title\`) <> '';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`themes_languages\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_themes_locales\` (
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_themes_locales\`("title", "description", "id", "_locale", "_parent_id") SELECT "title", "description", "id", "_locale", "_parent_id" FROM \`themes_locales\`;`)
  await db.run(sql`DROP TABLE \`themes_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_themes_locales\` RENAME TO \`themes_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`themes_locales_locale_parent_id_unique\` ON \`themes_locales\` (\`_locale\`,\`_parent_id\`);`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`practices_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`practices_languages_order_idx\` ON \`practices_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`practices_languages_parent_idx\` ON \`practices_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`news_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_languages_order_idx\` ON \`news_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`news_languages_parent_idx\` ON \`news_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_version_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_version_languages_order_idx\` ON \`_news_v_version_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_languages_parent_idx\` ON \`_news_v_version_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_languages_order_idx\` ON \`pages_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`pages_languages_parent_idx\` ON \`pages_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_version_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_version_languages_order_idx\` ON \`_pages_v_version_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_languages_parent_idx\` ON \`_pages_v_version_languages\` (\`parent_id\`);`)
  // Written by hand: the languages of the documents that exist, from their titles (later saves keep it).
  await db.run(sql`INSERT INTO \`practices_languages\` (\`order\`, \`parent_id\`, \`value\`) SELECT CASE _locale WHEN 'sv' THEN 1 WHEN 'nb' THEN 2 WHEN 'da' THEN 3 WHEN 'fi' THEN 4 WHEN 'is' THEN 5 ELSE 6 END, \`_parent_id\`, \`_locale\` FROM \`practices_locales\` WHERE \`title\` IS NOT NULL AND trim(\`title\`) <> '';`)
  await db.run(sql`INSERT INTO \`news_languages\` (\`order\`, \`parent_id\`, \`value\`) SELECT CASE _locale WHEN 'sv' THEN 1 WHEN 'nb' THEN 2 WHEN 'da' THEN 3 WHEN 'fi' THEN 4 WHEN 'is' THEN 5 ELSE 6 END, \`_parent_id\`, \`_locale\` FROM \`news_locales\` WHERE \`title\` IS NOT NULL AND trim(\`title\`) <> '';`)
  await db.run(sql`INSERT INTO \`pages_languages\` (\`order\`, \`parent_id\`, \`value\`) SELECT CASE _locale WHEN 'sv' THEN 1 WHEN 'nb' THEN 2 WHEN 'da' THEN 3 WHEN 'fi' THEN 4 WHEN 'is' THEN 5 ELSE 6 END, \`_parent_id\`, \`_locale\` FROM \`pages_locales\` WHERE \`title\` IS NOT NULL AND trim(\`title\`) <> '';`)
  // …and of every stored version: the admin's lists and edit views read a document's latest version.
  await db.run(sql`INSERT INTO \`_news_v_version_languages\` (\`order\`, \`parent_id\`, \`value\`) SELECT CASE _locale WHEN 'sv' THEN 1 WHEN 'nb' THEN 2 WHEN 'da' THEN 3 WHEN 'fi' THEN 4 WHEN 'is' THEN 5 ELSE 6 END, \`_parent_id\`, \`_locale\` FROM \`_news_v_locales\` WHERE \`version_title\` IS NOT NULL AND trim(\`version_title\`) <> '';`)
  await db.run(sql`INSERT INTO \`_pages_v_version_languages\` (\`order\`, \`parent_id\`, \`value\`) SELECT CASE _locale WHEN 'sv' THEN 1 WHEN 'nb' THEN 2 WHEN 'da' THEN 3 WHEN 'fi' THEN 4 WHEN 'is' THEN 5 ELSE 6 END, \`_parent_id\`, \`_locale\` FROM \`_pages_v_locales\` WHERE \`version_title\` IS NOT NULL AND trim(\`version_title\`) <> '';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`practices_languages\`;`)
  await db.run(sql`DROP TABLE \`news_languages\`;`)
  await db.run(sql`DROP TABLE \`_news_v_version_languages\`;`)
  await db.run(sql`DROP TABLE \`pages_languages\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_version_languages\`;`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`address_street\` text;`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`address_postal_code\` text;`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`address_city\` text;`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`contact_name\` text;`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`contact_email\` text;`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`contact_phone\` text;`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`contact_consent\` integer DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`organisations\` DROP COLUMN \`address_street\`;`)
  await db.run(sql`ALTER TABLE \`organisations\` DROP COLUMN \`address_postal_code\`;`)
  await db.run(sql`ALTER TABLE \`organisations\` DROP COLUMN \`address_city\`;`)
  await db.run(sql`ALTER TABLE \`organisations\` DROP COLUMN \`contact_name\`;`)
  await db.run(sql`ALTER TABLE \`organisations\` DROP COLUMN \`contact_email\`;`)
  await db.run(sql`ALTER TABLE \`organisations\` DROP COLUMN \`contact_phone\`;`)
  await db.run(sql`ALTER TABLE \`organisations\` DROP COLUMN \`contact_consent\`;`)
}

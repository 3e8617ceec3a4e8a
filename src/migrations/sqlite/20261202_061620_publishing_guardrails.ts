import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`practices\` ADD \`proposed_organisation\` text;`)
  await db.run(sql`ALTER TABLE \`practices\` ADD \`criteria_override\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`practices\` DROP COLUMN \`proposed_organisation\`;`)
  await db.run(sql`ALTER TABLE \`practices\` DROP COLUMN \`criteria_override\`;`)
}

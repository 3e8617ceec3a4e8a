import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "practices" ADD COLUMN "proposed_organisation" varchar;
  ALTER TABLE "practices" ADD COLUMN "criteria_override" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "practices" DROP COLUMN "proposed_organisation";
  ALTER TABLE "practices" DROP COLUMN "criteria_override";`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "organisations" ADD COLUMN "address_street" varchar;
  ALTER TABLE "organisations" ADD COLUMN "address_postal_code" varchar;
  ALTER TABLE "organisations" ADD COLUMN "address_city" varchar;
  ALTER TABLE "organisations" ADD COLUMN "contact_name" varchar;
  ALTER TABLE "organisations" ADD COLUMN "contact_email" varchar;
  ALTER TABLE "organisations" ADD COLUMN "contact_phone" varchar;
  ALTER TABLE "organisations" ADD COLUMN "contact_consent" boolean DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "organisations" DROP COLUMN "address_street";
  ALTER TABLE "organisations" DROP COLUMN "address_postal_code";
  ALTER TABLE "organisations" DROP COLUMN "address_city";
  ALTER TABLE "organisations" DROP COLUMN "contact_name";
  ALTER TABLE "organisations" DROP COLUMN "contact_email";
  ALTER TABLE "organisations" DROP COLUMN "contact_phone";
  ALTER TABLE "organisations" DROP COLUMN "contact_consent";`)
}

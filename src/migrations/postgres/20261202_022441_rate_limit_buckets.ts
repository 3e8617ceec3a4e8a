import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Hand-written: the buckets are not a Payload collection (one atomic upsert per hit, see
// src/web/rate-limit.ts). Times are milliseconds since the epoch; keys hold no address in clear.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "rate_limit_buckets" (
  	"key" varchar PRIMARY KEY NOT NULL,
  	"window_start" bigint NOT NULL,
  	"expires_at" bigint NOT NULL,
  	"hits" integer NOT NULL
  );
  CREATE INDEX "rate_limit_buckets_expires_at_idx" ON "rate_limit_buckets" USING btree ("expires_at");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE "rate_limit_buckets";`)
}

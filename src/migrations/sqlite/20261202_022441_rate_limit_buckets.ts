import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Hand-written: the buckets are not a Payload collection (one atomic upsert per hit, see
// src/web/rate-limit.ts). Times are milliseconds since the epoch; keys hold no address in clear.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`rate_limit_buckets\` (
  	\`key\` text PRIMARY KEY NOT NULL,
  	\`window_start\` integer NOT NULL,
  	\`expires_at\` integer NOT NULL,
  	\`hits\` integer NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`rate_limit_buckets_expires_at_idx\` ON \`rate_limit_buckets\` (\`expires_at\`);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`rate_limit_buckets\`;`)
}

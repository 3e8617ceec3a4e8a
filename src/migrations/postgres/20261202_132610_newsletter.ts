import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_newsletter_issues_languages" AS ENUM('sv', 'nb', 'da', 'fi', 'is', 'en');
  CREATE TYPE "public"."enum_newsletter_issues_status" AS ENUM('draft', 'scheduled', 'sending', 'sent');
  CREATE TYPE "public"."enum_subscribers_consents_action" AS ENUM('requested', 'confirmed', 'imported', 'changed', 'paused', 'resumed', 'unsubscribed', 'suspended');
  CREATE TYPE "public"."enum_subscribers_consents_source" AS ENUM('newsletterPage', 'footer', 'eventRegistration', 'import', 'preferences');
  CREATE TYPE "public"."enum_subscribers_consents_locale" AS ENUM('sv', 'nb', 'da', 'fi', 'is', 'en');
  CREATE TYPE "public"."enum_subscribers_status" AS ENUM('pending', 'confirmed', 'paused', 'unsubscribed', 'suspended');
  CREATE TYPE "public"."enum_subscribers_locale" AS ENUM('sv', 'nb', 'da', 'fi', 'is', 'en');
  CREATE TYPE "public"."enum_subscribers_source" AS ENUM('newsletterPage', 'footer', 'eventRegistration', 'import', 'preferences');
  CREATE TYPE "public"."enum_subscribers_suspended_reason" AS ENUM('hardBounce', 'complaint', 'softBounces');
  CREATE TYPE "public"."enum_newsletter_deliveries_locale" AS ENUM('sv', 'nb', 'da', 'fi', 'is', 'en');
  CREATE TYPE "public"."enum_newsletter_deliveries_state" AS ENUM('pending', 'sending', 'sent', 'failed', 'uncertain');
  CREATE TYPE "public"."enum_newsletter_bounces_kind" AS ENUM('hard', 'soft', 'complaint');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'mailSubscriber' BEFORE 'mailSubmitter';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendNewsletter' BEFORE 'mailSubmitter';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendNewsletterBatch' BEFORE 'mailSubmitter';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendNewsletterTest' BEFORE 'mailSubmitter';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'mailSubscriber' BEFORE 'mailSubmitter';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendNewsletter' BEFORE 'mailSubmitter';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendNewsletterBatch' BEFORE 'mailSubmitter';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendNewsletterTest' BEFORE 'mailSubmitter';
  CREATE TABLE "newsletter_issues_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_newsletter_issues_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "newsletter_issues" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_newsletter_issues_status" DEFAULT 'draft',
  	"scheduled_at" timestamp(3) with time zone,
  	"sent_at" timestamp(3) with time zone,
  	"digest_since" timestamp(3) with time zone,
  	"counts_recipients" numeric,
  	"counts_delivered" numeric,
  	"counts_failed" numeric,
  	"counts_uncertain" numeric,
  	"slug" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "newsletter_issues_locales" (
  	"title" varchar,
  	"admin_title" varchar,
  	"preheader" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "subscribers_consents" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_subscribers_consents_action" NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"source" "enum_subscribers_consents_source",
  	"wording" varchar,
  	"locale" "enum_subscribers_consents_locale",
  	"detail" varchar
  );
  
  CREATE TABLE "subscribers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL,
  	"email_key" varchar NOT NULL,
  	"status" "enum_subscribers_status" NOT NULL,
  	"locale" "enum_subscribers_locale" NOT NULL,
  	"source" "enum_subscribers_source",
  	"first_subscribed_at" timestamp(3) with time zone,
  	"requested_at" timestamp(3) with time zone,
  	"confirmed_at" timestamp(3) with time zone,
  	"unsubscribed_at" timestamp(3) with time zone,
  	"suspended_at" timestamp(3) with time zone,
  	"suspended_reason" "enum_subscribers_suspended_reason",
  	"confirm_token_hash" varchar,
  	"confirm_expires_at" timestamp(3) with time zone,
  	"token_hash" varchar NOT NULL,
  	"token_sealed" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "subscribers_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"themes_id" integer
  );
  
  CREATE TABLE "newsletter_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"issue_id" integer NOT NULL,
  	"subscriber_id" integer,
  	"email" varchar NOT NULL,
  	"locale" "enum_newsletter_deliveries_locale" NOT NULL,
  	"batch" numeric NOT NULL,
  	"state" "enum_newsletter_deliveries_state" NOT NULL,
  	"state_at" timestamp(3) with time zone,
  	"message_id" varchar,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "newsletter_bounces" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"subscriber_id" integer,
  	"delivery_id" integer,
  	"recipient" varchar NOT NULL,
  	"kind" "enum_newsletter_bounces_kind" NOT NULL,
  	"status" varchar,
  	"diagnostic" varchar,
  	"received_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "newsletter_issues_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "subscribers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "newsletter_deliveries_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "newsletter_bounces_id" integer;
  ALTER TABLE "newsletter_issues_languages" ADD CONSTRAINT "newsletter_issues_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."newsletter_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "newsletter_issues_locales" ADD CONSTRAINT "newsletter_issues_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."newsletter_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscribers_consents" ADD CONSTRAINT "subscribers_consents_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscribers_rels" ADD CONSTRAINT "subscribers_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscribers_rels" ADD CONSTRAINT "subscribers_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "newsletter_deliveries" ADD CONSTRAINT "newsletter_deliveries_issue_id_newsletter_issues_id_fk" FOREIGN KEY ("issue_id") REFERENCES "public"."newsletter_issues"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "newsletter_deliveries" ADD CONSTRAINT "newsletter_deliveries_subscriber_id_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."subscribers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "newsletter_bounces" ADD CONSTRAINT "newsletter_bounces_subscriber_id_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."subscribers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "newsletter_bounces" ADD CONSTRAINT "newsletter_bounces_delivery_id_newsletter_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."newsletter_deliveries"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "newsletter_issues_languages_order_idx" ON "newsletter_issues_languages" USING btree ("order");
  CREATE INDEX "newsletter_issues_languages_parent_idx" ON "newsletter_issues_languages" USING btree ("parent_id");
  CREATE INDEX "newsletter_issues_status_idx" ON "newsletter_issues" USING btree ("status");
  CREATE INDEX "newsletter_issues_sent_at_idx" ON "newsletter_issues" USING btree ("sent_at");
  CREATE UNIQUE INDEX "newsletter_issues_slug_idx" ON "newsletter_issues" USING btree ("slug");
  CREATE INDEX "newsletter_issues_updated_at_idx" ON "newsletter_issues" USING btree ("updated_at");
  CREATE INDEX "newsletter_issues_created_at_idx" ON "newsletter_issues" USING btree ("created_at");
  CREATE UNIQUE INDEX "newsletter_issues_locales_locale_parent_id_unique" ON "newsletter_issues_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "subscribers_consents_order_idx" ON "subscribers_consents" USING btree ("_order");
  CREATE INDEX "subscribers_consents_parent_id_idx" ON "subscribers_consents" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "subscribers_email_key_idx" ON "subscribers" USING btree ("email_key");
  CREATE INDEX "subscribers_status_idx" ON "subscribers" USING btree ("status");
  CREATE INDEX "subscribers_locale_idx" ON "subscribers" USING btree ("locale");
  CREATE INDEX "subscribers_requested_at_idx" ON "subscribers" USING btree ("requested_at");
  CREATE INDEX "subscribers_confirmed_at_idx" ON "subscribers" USING btree ("confirmed_at");
  CREATE INDEX "subscribers_confirm_token_hash_idx" ON "subscribers" USING btree ("confirm_token_hash");
  CREATE INDEX "subscribers_token_hash_idx" ON "subscribers" USING btree ("token_hash");
  CREATE INDEX "subscribers_updated_at_idx" ON "subscribers" USING btree ("updated_at");
  CREATE INDEX "subscribers_created_at_idx" ON "subscribers" USING btree ("created_at");
  CREATE INDEX "subscribers_rels_order_idx" ON "subscribers_rels" USING btree ("order");
  CREATE INDEX "subscribers_rels_parent_idx" ON "subscribers_rels" USING btree ("parent_id");
  CREATE INDEX "subscribers_rels_path_idx" ON "subscribers_rels" USING btree ("path");
  CREATE INDEX "subscribers_rels_themes_id_idx" ON "subscribers_rels" USING btree ("themes_id");
  CREATE INDEX "newsletter_deliveries_issue_idx" ON "newsletter_deliveries" USING btree ("issue_id");
  CREATE INDEX "newsletter_deliveries_subscriber_idx" ON "newsletter_deliveries" USING btree ("subscriber_id");
  CREATE INDEX "newsletter_deliveries_state_idx" ON "newsletter_deliveries" USING btree ("state");
  CREATE INDEX "newsletter_deliveries_message_id_idx" ON "newsletter_deliveries" USING btree ("message_id");
  CREATE INDEX "newsletter_deliveries_updated_at_idx" ON "newsletter_deliveries" USING btree ("updated_at");
  CREATE INDEX "newsletter_deliveries_created_at_idx" ON "newsletter_deliveries" USING btree ("created_at");
  CREATE UNIQUE INDEX "issue_subscriber_idx" ON "newsletter_deliveries" USING btree ("issue_id","subscriber_id");
  CREATE INDEX "issue_batch_state_idx" ON "newsletter_deliveries" USING btree ("issue_id","batch","state");
  CREATE INDEX "newsletter_bounces_subscriber_idx" ON "newsletter_bounces" USING btree ("subscriber_id");
  CREATE INDEX "newsletter_bounces_delivery_idx" ON "newsletter_bounces" USING btree ("delivery_id");
  CREATE INDEX "newsletter_bounces_kind_idx" ON "newsletter_bounces" USING btree ("kind");
  CREATE INDEX "newsletter_bounces_received_at_idx" ON "newsletter_bounces" USING btree ("received_at");
  CREATE INDEX "newsletter_bounces_updated_at_idx" ON "newsletter_bounces" USING btree ("updated_at");
  CREATE INDEX "newsletter_bounces_created_at_idx" ON "newsletter_bounces" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_newsletter_issues_fk" FOREIGN KEY ("newsletter_issues_id") REFERENCES "public"."newsletter_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_subscribers_fk" FOREIGN KEY ("subscribers_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_newsletter_deliveries_fk" FOREIGN KEY ("newsletter_deliveries_id") REFERENCES "public"."newsletter_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_newsletter_bounces_fk" FOREIGN KEY ("newsletter_bounces_id") REFERENCES "public"."newsletter_bounces"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_newsletter_issues_id_idx" ON "payload_locked_documents_rels" USING btree ("newsletter_issues_id");
  CREATE INDEX "payload_locked_documents_rels_subscribers_id_idx" ON "payload_locked_documents_rels" USING btree ("subscribers_id");
  CREATE INDEX "payload_locked_documents_rels_newsletter_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("newsletter_deliveries_id");
  CREATE INDEX "payload_locked_documents_rels_newsletter_bounces_id_idx" ON "payload_locked_documents_rels" USING btree ("newsletter_bounces_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "newsletter_issues_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "newsletter_issues" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "newsletter_issues_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscribers_consents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscribers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscribers_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "newsletter_deliveries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "newsletter_bounces" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "newsletter_issues_languages" CASCADE;
  DROP TABLE "newsletter_issues" CASCADE;
  DROP TABLE "newsletter_issues_locales" CASCADE;
  DROP TABLE "subscribers_consents" CASCADE;
  DROP TABLE "subscribers" CASCADE;
  DROP TABLE "subscribers_rels" CASCADE;
  DROP TABLE "newsletter_deliveries" CASCADE;
  DROP TABLE "newsletter_bounces" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_newsletter_issues_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_subscribers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_newsletter_deliveries_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_newsletter_bounces_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'mailParticipant', 'remindParticipants', 'messageParticipants', 'purgeEventData', 'mailSubmitter', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'mailParticipant', 'remindParticipants', 'messageParticipants', 'purgeEventData', 'mailSubmitter', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_newsletter_issues_id_idx";
  DROP INDEX "payload_locked_documents_rels_subscribers_id_idx";
  DROP INDEX "payload_locked_documents_rels_newsletter_deliveries_id_idx";
  DROP INDEX "payload_locked_documents_rels_newsletter_bounces_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "newsletter_issues_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "subscribers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "newsletter_deliveries_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "newsletter_bounces_id";
  DROP TYPE "public"."enum_newsletter_issues_languages";
  DROP TYPE "public"."enum_newsletter_issues_status";
  DROP TYPE "public"."enum_subscribers_consents_action";
  DROP TYPE "public"."enum_subscribers_consents_source";
  DROP TYPE "public"."enum_subscribers_consents_locale";
  DROP TYPE "public"."enum_subscribers_status";
  DROP TYPE "public"."enum_subscribers_locale";
  DROP TYPE "public"."enum_subscribers_source";
  DROP TYPE "public"."enum_subscribers_suspended_reason";
  DROP TYPE "public"."enum_newsletter_deliveries_locale";
  DROP TYPE "public"."enum_newsletter_deliveries_state";
  DROP TYPE "public"."enum_newsletter_bounces_kind";`)
}

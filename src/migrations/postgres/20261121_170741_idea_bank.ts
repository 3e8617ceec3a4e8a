import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_practices_target_groups" AS ENUM('newly-arrived-refugees', 'asylum-seekers', 'unaccompanied-minors', 'women-outside-labour-force', 'children-and-families', 'youth', 'older-immigrants', 'labour-migrants', 'professionals-and-employers');
  CREATE TYPE "public"."enum_practices_criteria_met" AS ENUM('clear-context', 'clear-goals', 'described-activities', 'running-one-year', 'evidence-of-results', 'transferable');
  CREATE TYPE "public"."enum_practices_country" AS ENUM('DK', 'FI', 'IS', 'NO', 'SE', 'AX', 'FO', 'GL');
  CREATE TYPE "public"."enum_practices_actor_type" AS ENUM('municipality', 'region', 'state-authority', 'ngo', 'social-enterprise', 'private-company', 'research-institution', 'partnership');
  CREATE TYPE "public"."enum_practices_run_state" AS ENUM('ongoing', 'regular-service', 'ended');
  CREATE TYPE "public"."enum_practices_original_language" AS ENUM('sv', 'nb', 'da', 'fi', 'is', 'en');
  CREATE TYPE "public"."enum_practices_evaluation" AS ENUM('none', 'internal', 'external', 'experimental');
  CREATE TYPE "public"."enum_practices_evidence_level" AS ENUM('emerging', 'promising', 'documented', 'proven');
  CREATE TYPE "public"."enum_practices_workflow_status" AS ENUM('submitted', 'in-review', 'changes-requested', 'published', 'declined');
  CREATE TYPE "public"."enum_practices_submitter_locale" AS ENUM('sv', 'nb', 'da', 'fi', 'is', 'en');
  CREATE TYPE "public"."enum_replications_country" AS ENUM('DK', 'FI', 'IS', 'NO', 'SE', 'AX', 'FO', 'GL');
  CREATE TYPE "public"."enum_replications_language" AS ENUM('sv', 'nb', 'da', 'fi', 'is', 'en');
  CREATE TYPE "public"."enum_replications_workflow_status" AS ENUM('submitted', 'in-review', 'changes-requested', 'published', 'declined');
  CREATE TYPE "public"."enum_replications_submitter_locale" AS ENUM('sv', 'nb', 'da', 'fi', 'is', 'en');
  CREATE TYPE "public"."enum_organisations_type" AS ENUM('state-authority', 'ministry', 'municipality', 'region', 'ngo', 'research-institution', 'nordic-body');
  CREATE TYPE "public"."enum_organisations_country" AS ENUM('DK', 'FI', 'IS', 'NO', 'SE', 'AX', 'FO', 'GL');
  CREATE TABLE "practices_target_groups" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_practices_target_groups",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "practices_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "practices_criteria_met" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_practices_criteria_met",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "practices_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" varchar,
  	"to" varchar NOT NULL,
  	"by" varchar,
  	"at" timestamp(3) with time zone NOT NULL,
  	"note" varchar
  );
  
  CREATE TABLE "practices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"country" "enum_practices_country" NOT NULL,
  	"region" varchar,
  	"municipality" varchar,
  	"partners" varchar,
  	"actor_type" "enum_practices_actor_type",
  	"start_date" timestamp(3) with time zone,
  	"end_date" timestamp(3) with time zone,
  	"run_state" "enum_practices_run_state" DEFAULT 'ongoing',
  	"original_language" "enum_practices_original_language",
  	"evaluation" "enum_practices_evaluation" DEFAULT 'none',
  	"evidence_level" "enum_practices_evidence_level" DEFAULT 'emerging',
  	"contact_name" varchar,
  	"contact_role" varchar,
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"contact_consent" boolean DEFAULT false,
  	"workflow_status" "enum_practices_workflow_status" DEFAULT 'submitted' NOT NULL,
  	"workflow_note" varchar,
  	"submitter_name" varchar,
  	"submitter_email" varchar,
  	"submitter_locale" "enum_practices_submitter_locale",
  	"submitter_reference" varchar,
  	"submitter_token_hash" varchar,
  	"submitter_token_sealed" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "practices_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"challenge" jsonb,
  	"goals" jsonb,
  	"how_it_works" jsonb,
  	"results" jsonb,
  	"participant_voice" varchar,
  	"transferability" jsonb,
  	"dos" varchar,
  	"donts" varchar,
  	"indicators" varchar,
  	"resources" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "practices_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organisations_id" integer,
  	"themes_id" integer,
  	"attachments_id" integer
  );
  
  CREATE TABLE "replications_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" varchar,
  	"to" varchar NOT NULL,
  	"by" varchar,
  	"at" timestamp(3) with time zone NOT NULL,
  	"note" varchar
  );
  
  CREATE TABLE "replications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"practice_id" integer NOT NULL,
  	"municipality" varchar NOT NULL,
  	"country" "enum_replications_country" NOT NULL,
  	"start_date" timestamp(3) with time zone,
  	"language" "enum_replications_language",
  	"changes" varchar NOT NULL,
  	"outcomes" varchar NOT NULL,
  	"workflow_status" "enum_replications_workflow_status" DEFAULT 'submitted' NOT NULL,
  	"workflow_note" varchar,
  	"submitter_name" varchar,
  	"submitter_email" varchar,
  	"submitter_locale" "enum_replications_submitter_locale",
  	"submitter_reference" varchar,
  	"submitter_token_hash" varchar,
  	"submitter_token_sealed" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "organisations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"type" "enum_organisations_type" NOT NULL,
  	"country" "enum_organisations_country" NOT NULL,
  	"website" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "organisations_locales" (
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "attachments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "practices_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "replications_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "organisations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "attachments_id" integer;
  ALTER TABLE "practices_target_groups" ADD CONSTRAINT "practices_target_groups_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_links" ADD CONSTRAINT "practices_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_criteria_met" ADD CONSTRAINT "practices_criteria_met_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_history" ADD CONSTRAINT "practices_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_locales" ADD CONSTRAINT "practices_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_rels" ADD CONSTRAINT "practices_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_rels" ADD CONSTRAINT "practices_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_rels" ADD CONSTRAINT "practices_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_rels" ADD CONSTRAINT "practices_rels_attachments_fk" FOREIGN KEY ("attachments_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "replications_history" ADD CONSTRAINT "replications_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."replications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "replications" ADD CONSTRAINT "replications_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organisations_locales" ADD CONSTRAINT "organisations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "practices_target_groups_order_idx" ON "practices_target_groups" USING btree ("order");
  CREATE INDEX "practices_target_groups_parent_idx" ON "practices_target_groups" USING btree ("parent_id");
  CREATE INDEX "practices_links_order_idx" ON "practices_links" USING btree ("_order");
  CREATE INDEX "practices_links_parent_id_idx" ON "practices_links" USING btree ("_parent_id");
  CREATE INDEX "practices_criteria_met_order_idx" ON "practices_criteria_met" USING btree ("order");
  CREATE INDEX "practices_criteria_met_parent_idx" ON "practices_criteria_met" USING btree ("parent_id");
  CREATE INDEX "practices_history_order_idx" ON "practices_history" USING btree ("_order");
  CREATE INDEX "practices_history_parent_id_idx" ON "practices_history" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "practices_slug_idx" ON "practices" USING btree ("slug");
  CREATE INDEX "practices_country_idx" ON "practices" USING btree ("country");
  CREATE INDEX "practices_workflow_status_idx" ON "practices" USING btree ("workflow_status");
  CREATE INDEX "practices_submitter_submitter_reference_idx" ON "practices" USING btree ("submitter_reference");
  CREATE INDEX "practices_submitter_submitter_token_hash_idx" ON "practices" USING btree ("submitter_token_hash");
  CREATE INDEX "practices_updated_at_idx" ON "practices" USING btree ("updated_at");
  CREATE INDEX "practices_created_at_idx" ON "practices" USING btree ("created_at");
  CREATE UNIQUE INDEX "practices_locales_locale_parent_id_unique" ON "practices_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "practices_rels_order_idx" ON "practices_rels" USING btree ("order");
  CREATE INDEX "practices_rels_parent_idx" ON "practices_rels" USING btree ("parent_id");
  CREATE INDEX "practices_rels_path_idx" ON "practices_rels" USING btree ("path");
  CREATE INDEX "practices_rels_organisations_id_idx" ON "practices_rels" USING btree ("organisations_id");
  CREATE INDEX "practices_rels_themes_id_idx" ON "practices_rels" USING btree ("themes_id");
  CREATE INDEX "practices_rels_attachments_id_idx" ON "practices_rels" USING btree ("attachments_id");
  CREATE INDEX "replications_history_order_idx" ON "replications_history" USING btree ("_order");
  CREATE INDEX "replications_history_parent_id_idx" ON "replications_history" USING btree ("_parent_id");
  CREATE INDEX "replications_practice_idx" ON "replications" USING btree ("practice_id");
  CREATE INDEX "replications_workflow_status_idx" ON "replications" USING btree ("workflow_status");
  CREATE INDEX "replications_submitter_submitter_reference_idx" ON "replications" USING btree ("submitter_reference");
  CREATE INDEX "replications_submitter_submitter_token_hash_idx" ON "replications" USING btree ("submitter_token_hash");
  CREATE INDEX "replications_updated_at_idx" ON "replications" USING btree ("updated_at");
  CREATE INDEX "replications_created_at_idx" ON "replications" USING btree ("created_at");
  CREATE UNIQUE INDEX "organisations_slug_idx" ON "organisations" USING btree ("slug");
  CREATE INDEX "organisations_country_idx" ON "organisations" USING btree ("country");
  CREATE INDEX "organisations_updated_at_idx" ON "organisations" USING btree ("updated_at");
  CREATE INDEX "organisations_created_at_idx" ON "organisations" USING btree ("created_at");
  CREATE UNIQUE INDEX "organisations_locales_locale_parent_id_unique" ON "organisations_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "attachments_updated_at_idx" ON "attachments" USING btree ("updated_at");
  CREATE INDEX "attachments_created_at_idx" ON "attachments" USING btree ("created_at");
  CREATE UNIQUE INDEX "attachments_filename_idx" ON "attachments" USING btree ("filename");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_practices_fk" FOREIGN KEY ("practices_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_replications_fk" FOREIGN KEY ("replications_id") REFERENCES "public"."replications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_attachments_fk" FOREIGN KEY ("attachments_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_practices_id_idx" ON "payload_locked_documents_rels" USING btree ("practices_id");
  CREATE INDEX "payload_locked_documents_rels_replications_id_idx" ON "payload_locked_documents_rels" USING btree ("replications_id");
  CREATE INDEX "payload_locked_documents_rels_organisations_id_idx" ON "payload_locked_documents_rels" USING btree ("organisations_id");
  CREATE INDEX "payload_locked_documents_rels_attachments_id_idx" ON "payload_locked_documents_rels" USING btree ("attachments_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "practices_target_groups" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "practices_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "practices_criteria_met" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "practices_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "practices" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "practices_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "practices_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "replications_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "replications" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "organisations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "organisations_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "attachments" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "practices_target_groups" CASCADE;
  DROP TABLE "practices_links" CASCADE;
  DROP TABLE "practices_criteria_met" CASCADE;
  DROP TABLE "practices_history" CASCADE;
  DROP TABLE "practices" CASCADE;
  DROP TABLE "practices_locales" CASCADE;
  DROP TABLE "practices_rels" CASCADE;
  DROP TABLE "replications_history" CASCADE;
  DROP TABLE "replications" CASCADE;
  DROP TABLE "organisations" CASCADE;
  DROP TABLE "organisations_locales" CASCADE;
  DROP TABLE "attachments" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_practices_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_replications_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_organisations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_attachments_fk";
  
  DROP INDEX "payload_locked_documents_rels_practices_id_idx";
  DROP INDEX "payload_locked_documents_rels_replications_id_idx";
  DROP INDEX "payload_locked_documents_rels_organisations_id_idx";
  DROP INDEX "payload_locked_documents_rels_attachments_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "practices_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "replications_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "organisations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "attachments_id";
  DROP TYPE "public"."enum_practices_target_groups";
  DROP TYPE "public"."enum_practices_criteria_met";
  DROP TYPE "public"."enum_practices_country";
  DROP TYPE "public"."enum_practices_actor_type";
  DROP TYPE "public"."enum_practices_run_state";
  DROP TYPE "public"."enum_practices_original_language";
  DROP TYPE "public"."enum_practices_evaluation";
  DROP TYPE "public"."enum_practices_evidence_level";
  DROP TYPE "public"."enum_practices_workflow_status";
  DROP TYPE "public"."enum_practices_submitter_locale";
  DROP TYPE "public"."enum_replications_country";
  DROP TYPE "public"."enum_replications_language";
  DROP TYPE "public"."enum_replications_workflow_status";
  DROP TYPE "public"."enum_replications_submitter_locale";
  DROP TYPE "public"."enum_organisations_type";
  DROP TYPE "public"."enum_organisations_country";`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_events_languages" AS ENUM('sv', 'nb', 'da', 'fi', 'is', 'en');
  CREATE TYPE "public"."enum_events_spoken_languages" AS ENUM('sv', 'nb', 'da', 'fi', 'is', 'en');
  CREATE TYPE "public"."enum_events_interpretation" AS ENUM('signLanguage', 'nordicLanguages', 'english', 'captions');
  CREATE TYPE "public"."enum_events_countries" AS ENUM('DK', 'FI', 'IS', 'NO', 'SE', 'AX', 'FO', 'GL');
  CREATE TYPE "public"."enum_events_kind" AS ENUM('own', 'external');
  CREATE TYPE "public"."enum_events_event_status" AS ENUM('scheduled', 'cancelled', 'postponed', 'movedOnline');
  CREATE TYPE "public"."enum_events_format" AS ENUM('inPerson', 'online', 'hybrid');
  CREATE TYPE "public"."enum_events_time_zone" AS ENUM('Europe/Stockholm', 'Europe/Oslo', 'Europe/Copenhagen', 'Europe/Helsinki', 'Atlantic/Reykjavik', 'Europe/Mariehamn', 'Atlantic/Faroe', 'America/Nuuk', 'UTC');
  CREATE TYPE "public"."enum_events_venue_country" AS ENUM('DK', 'FI', 'IS', 'NO', 'SE', 'AX', 'FO', 'GL');
  CREATE TYPE "public"."enum_events_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_version_languages" AS ENUM('sv', 'nb', 'da', 'fi', 'is', 'en');
  CREATE TYPE "public"."enum__events_v_version_spoken_languages" AS ENUM('sv', 'nb', 'da', 'fi', 'is', 'en');
  CREATE TYPE "public"."enum__events_v_version_interpretation" AS ENUM('signLanguage', 'nordicLanguages', 'english', 'captions');
  CREATE TYPE "public"."enum__events_v_version_countries" AS ENUM('DK', 'FI', 'IS', 'NO', 'SE', 'AX', 'FO', 'GL');
  CREATE TYPE "public"."enum__events_v_version_kind" AS ENUM('own', 'external');
  CREATE TYPE "public"."enum__events_v_version_event_status" AS ENUM('scheduled', 'cancelled', 'postponed', 'movedOnline');
  CREATE TYPE "public"."enum__events_v_version_format" AS ENUM('inPerson', 'online', 'hybrid');
  CREATE TYPE "public"."enum__events_v_version_time_zone" AS ENUM('Europe/Stockholm', 'Europe/Oslo', 'Europe/Copenhagen', 'Europe/Helsinki', 'Atlantic/Reykjavik', 'Europe/Mariehamn', 'Atlantic/Faroe', 'America/Nuuk', 'UTC');
  CREATE TYPE "public"."enum__events_v_version_venue_country" AS ENUM('DK', 'FI', 'IS', 'NO', 'SE', 'AX', 'FO', 'GL');
  CREATE TYPE "public"."enum__events_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_published_locale" AS ENUM('sv', 'nb', 'da', 'fi', 'is', 'en');
  CREATE TYPE "public"."enum_registrations_country" AS ENUM('DK', 'FI', 'IS', 'NO', 'SE', 'AX', 'FO', 'GL', 'other');
  CREATE TYPE "public"."enum_registrations_sector" AS ENUM('municipality', 'stateAuthority', 'ministry', 'ngo', 'research', 'other');
  CREATE TYPE "public"."enum_registrations_mode" AS ENUM('inPerson', 'online');
  CREATE TYPE "public"."enum_registrations_status" AS ENUM('confirmed', 'waitlisted', 'cancelled');
  CREATE TYPE "public"."enum_registrations_locale" AS ENUM('sv', 'nb', 'da', 'fi', 'is', 'en');
  CREATE TYPE "public"."enum_event_messages_audience" AS ENUM('all', 'inPerson', 'online', 'waitlisted');
  ALTER TYPE "public"."enum_users_roles" ADD VALUE 'organiser' BEFORE 'moderator';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'mailParticipant' BEFORE 'mailSubmitter';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'remindParticipants' BEFORE 'mailSubmitter';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'messageParticipants' BEFORE 'mailSubmitter';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'purgeEventData' BEFORE 'mailSubmitter';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'mailParticipant' BEFORE 'mailSubmitter';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'remindParticipants' BEFORE 'mailSubmitter';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'messageParticipants' BEFORE 'mailSubmitter';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'purgeEventData' BEFORE 'mailSubmitter';
  CREATE TABLE "events_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_events_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "events_spoken_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_events_spoken_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "events_interpretation" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_events_interpretation",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "events_programme_speakers" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"organisation" varchar,
  	"photo_id" integer
  );
  
  CREATE TABLE "events_programme_speakers_locales" (
  	"role" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "events_programme" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"start_time" varchar,
  	"end_time" varchar
  );
  
  CREATE TABLE "events_programme_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "events_countries" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_events_countries",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_events_kind" DEFAULT 'own',
  	"event_status" "enum_events_event_status" DEFAULT 'scheduled',
  	"format" "enum_events_format" DEFAULT 'inPerson',
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"time_zone" "enum_events_time_zone" DEFAULT 'Europe/Stockholm',
  	"external_url" varchar,
  	"venue_name" varchar,
  	"venue_street" varchar,
  	"venue_postal_code" varchar,
  	"venue_city" varchar,
  	"venue_country" "enum_events_venue_country",
  	"venue_map_url" varchar,
  	"join_url" varchar,
  	"registration_deadline" timestamp(3) with time zone,
  	"registration_closed" boolean DEFAULT false,
  	"registration_capacity_in_person" numeric,
  	"registration_capacity_online" numeric,
  	"afterwards_recording_url" varchar,
  	"sequence" numeric DEFAULT 0,
  	"personal_data_purged_at" timestamp(3) with time zone,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_events_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "events_locales" (
  	"title" varchar,
  	"admin_title" varchar,
  	"summary" varchar,
  	"description" jsonb,
  	"accessibility" varchar,
  	"afterwards_report" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organisations_id" integer,
  	"attachments_id" integer,
  	"practices_id" integer,
  	"themes_id" integer
  );
  
  CREATE TABLE "_events_v_version_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__events_v_version_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_events_v_version_spoken_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__events_v_version_spoken_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_events_v_version_interpretation" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__events_v_version_interpretation",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_events_v_version_programme_speakers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"organisation" varchar,
  	"photo_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_events_v_version_programme_speakers_locales" (
  	"role" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_events_v_version_programme" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"start_time" varchar,
  	"end_time" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_events_v_version_programme_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_events_v_version_countries" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__events_v_version_countries",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_events_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kind" "enum__events_v_version_kind" DEFAULT 'own',
  	"version_event_status" "enum__events_v_version_event_status" DEFAULT 'scheduled',
  	"version_format" "enum__events_v_version_format" DEFAULT 'inPerson',
  	"version_starts_at" timestamp(3) with time zone,
  	"version_ends_at" timestamp(3) with time zone,
  	"version_time_zone" "enum__events_v_version_time_zone" DEFAULT 'Europe/Stockholm',
  	"version_external_url" varchar,
  	"version_venue_name" varchar,
  	"version_venue_street" varchar,
  	"version_venue_postal_code" varchar,
  	"version_venue_city" varchar,
  	"version_venue_country" "enum__events_v_version_venue_country",
  	"version_venue_map_url" varchar,
  	"version_join_url" varchar,
  	"version_registration_deadline" timestamp(3) with time zone,
  	"version_registration_closed" boolean DEFAULT false,
  	"version_registration_capacity_in_person" numeric,
  	"version_registration_capacity_online" numeric,
  	"version_afterwards_recording_url" varchar,
  	"version_sequence" numeric DEFAULT 0,
  	"version_personal_data_purged_at" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__events_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__events_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_events_v_locales" (
  	"version_title" varchar,
  	"version_admin_title" varchar,
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"version_accessibility" varchar,
  	"version_afterwards_report" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_events_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organisations_id" integer,
  	"attachments_id" integer,
  	"practices_id" integer,
  	"themes_id" integer
  );
  
  CREATE TABLE "registrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event_id" integer NOT NULL,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"email_key" varchar NOT NULL,
  	"organisation" varchar,
  	"country" "enum_registrations_country",
  	"sector" "enum_registrations_sector",
  	"mode" "enum_registrations_mode" NOT NULL,
  	"status" "enum_registrations_status" NOT NULL,
  	"needs" varchar,
  	"list_consent" boolean DEFAULT false,
  	"newsletter_opt_in" boolean DEFAULT false,
  	"locale" "enum_registrations_locale" NOT NULL,
  	"attended" boolean DEFAULT false,
  	"token_hash" varchar NOT NULL,
  	"token_sealed" varchar NOT NULL,
  	"cancelled_at" timestamp(3) with time zone,
  	"queued_at" timestamp(3) with time zone NOT NULL,
  	"reminded_day_at" timestamp(3) with time zone,
  	"reminded_hour_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "event_messages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event_id" integer NOT NULL,
  	"audience" "enum_event_messages_audience" DEFAULT 'all' NOT NULL,
  	"subject" varchar NOT NULL,
  	"body" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "event_figures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event_id" integer NOT NULL,
  	"event_title" varchar NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"format" varchar NOT NULL,
  	"registered" numeric NOT NULL,
  	"attended" numeric NOT NULL,
  	"by_mode" jsonb NOT NULL,
  	"by_country" jsonb NOT NULL,
  	"by_sector" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "events_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "registrations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "event_messages_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "event_figures_id" integer;
  ALTER TABLE "events_languages" ADD CONSTRAINT "events_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_spoken_languages" ADD CONSTRAINT "events_spoken_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_interpretation" ADD CONSTRAINT "events_interpretation_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_programme_speakers" ADD CONSTRAINT "events_programme_speakers_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_programme_speakers" ADD CONSTRAINT "events_programme_speakers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events_programme"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_programme_speakers_locales" ADD CONSTRAINT "events_programme_speakers_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events_programme_speakers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_programme" ADD CONSTRAINT "events_programme_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_programme_locales" ADD CONSTRAINT "events_programme_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events_programme"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_countries" ADD CONSTRAINT "events_countries_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_locales" ADD CONSTRAINT "events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_attachments_fk" FOREIGN KEY ("attachments_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_practices_fk" FOREIGN KEY ("practices_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_languages" ADD CONSTRAINT "_events_v_version_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_spoken_languages" ADD CONSTRAINT "_events_v_version_spoken_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_interpretation" ADD CONSTRAINT "_events_v_version_interpretation_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_programme_speakers" ADD CONSTRAINT "_events_v_version_programme_speakers_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_version_programme_speakers" ADD CONSTRAINT "_events_v_version_programme_speakers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v_version_programme"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_programme_speakers_locales" ADD CONSTRAINT "_events_v_version_programme_speakers_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v_version_programme_speakers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_programme" ADD CONSTRAINT "_events_v_version_programme_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_programme_locales" ADD CONSTRAINT "_events_v_version_programme_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v_version_programme"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_countries" ADD CONSTRAINT "_events_v_version_countries_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_parent_id_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_locales" ADD CONSTRAINT "_events_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_attachments_fk" FOREIGN KEY ("attachments_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_practices_fk" FOREIGN KEY ("practices_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "registrations" ADD CONSTRAINT "registrations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "event_messages" ADD CONSTRAINT "event_messages_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "event_figures" ADD CONSTRAINT "event_figures_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "events_languages_order_idx" ON "events_languages" USING btree ("order");
  CREATE INDEX "events_languages_parent_idx" ON "events_languages" USING btree ("parent_id");
  CREATE INDEX "events_spoken_languages_order_idx" ON "events_spoken_languages" USING btree ("order");
  CREATE INDEX "events_spoken_languages_parent_idx" ON "events_spoken_languages" USING btree ("parent_id");
  CREATE INDEX "events_interpretation_order_idx" ON "events_interpretation" USING btree ("order");
  CREATE INDEX "events_interpretation_parent_idx" ON "events_interpretation" USING btree ("parent_id");
  CREATE INDEX "events_programme_speakers_order_idx" ON "events_programme_speakers" USING btree ("_order");
  CREATE INDEX "events_programme_speakers_parent_id_idx" ON "events_programme_speakers" USING btree ("_parent_id");
  CREATE INDEX "events_programme_speakers_photo_idx" ON "events_programme_speakers" USING btree ("photo_id");
  CREATE UNIQUE INDEX "events_programme_speakers_locales_locale_parent_id_unique" ON "events_programme_speakers_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "events_programme_order_idx" ON "events_programme" USING btree ("_order");
  CREATE INDEX "events_programme_parent_id_idx" ON "events_programme" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "events_programme_locales_locale_parent_id_unique" ON "events_programme_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "events_countries_order_idx" ON "events_countries" USING btree ("order");
  CREATE INDEX "events_countries_parent_idx" ON "events_countries" USING btree ("parent_id");
  CREATE INDEX "events_format_idx" ON "events" USING btree ("format");
  CREATE INDEX "events_starts_at_idx" ON "events" USING btree ("starts_at");
  CREATE UNIQUE INDEX "events_slug_idx" ON "events" USING btree ("slug");
  CREATE INDEX "events_updated_at_idx" ON "events" USING btree ("updated_at");
  CREATE INDEX "events_created_at_idx" ON "events" USING btree ("created_at");
  CREATE INDEX "events__status_idx" ON "events" USING btree ("_status");
  CREATE UNIQUE INDEX "events_locales_locale_parent_id_unique" ON "events_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "events_rels_order_idx" ON "events_rels" USING btree ("order");
  CREATE INDEX "events_rels_parent_idx" ON "events_rels" USING btree ("parent_id");
  CREATE INDEX "events_rels_path_idx" ON "events_rels" USING btree ("path");
  CREATE INDEX "events_rels_organisations_id_idx" ON "events_rels" USING btree ("organisations_id");
  CREATE INDEX "events_rels_attachments_id_idx" ON "events_rels" USING btree ("attachments_id");
  CREATE INDEX "events_rels_practices_id_idx" ON "events_rels" USING btree ("practices_id");
  CREATE INDEX "events_rels_themes_id_idx" ON "events_rels" USING btree ("themes_id");
  CREATE INDEX "_events_v_version_languages_order_idx" ON "_events_v_version_languages" USING btree ("order");
  CREATE INDEX "_events_v_version_languages_parent_idx" ON "_events_v_version_languages" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_spoken_languages_order_idx" ON "_events_v_version_spoken_languages" USING btree ("order");
  CREATE INDEX "_events_v_version_spoken_languages_parent_idx" ON "_events_v_version_spoken_languages" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_interpretation_order_idx" ON "_events_v_version_interpretation" USING btree ("order");
  CREATE INDEX "_events_v_version_interpretation_parent_idx" ON "_events_v_version_interpretation" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_programme_speakers_order_idx" ON "_events_v_version_programme_speakers" USING btree ("_order");
  CREATE INDEX "_events_v_version_programme_speakers_parent_id_idx" ON "_events_v_version_programme_speakers" USING btree ("_parent_id");
  CREATE INDEX "_events_v_version_programme_speakers_photo_idx" ON "_events_v_version_programme_speakers" USING btree ("photo_id");
  CREATE UNIQUE INDEX "_events_v_version_programme_speakers_locales_locale_parent_i" ON "_events_v_version_programme_speakers_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_events_v_version_programme_order_idx" ON "_events_v_version_programme" USING btree ("_order");
  CREATE INDEX "_events_v_version_programme_parent_id_idx" ON "_events_v_version_programme" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_events_v_version_programme_locales_locale_parent_id_unique" ON "_events_v_version_programme_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_events_v_version_countries_order_idx" ON "_events_v_version_countries" USING btree ("order");
  CREATE INDEX "_events_v_version_countries_parent_idx" ON "_events_v_version_countries" USING btree ("parent_id");
  CREATE INDEX "_events_v_parent_idx" ON "_events_v" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_version_format_idx" ON "_events_v" USING btree ("version_format");
  CREATE INDEX "_events_v_version_version_starts_at_idx" ON "_events_v" USING btree ("version_starts_at");
  CREATE INDEX "_events_v_version_version_slug_idx" ON "_events_v" USING btree ("version_slug");
  CREATE INDEX "_events_v_version_version_updated_at_idx" ON "_events_v" USING btree ("version_updated_at");
  CREATE INDEX "_events_v_version_version_created_at_idx" ON "_events_v" USING btree ("version_created_at");
  CREATE INDEX "_events_v_version_version__status_idx" ON "_events_v" USING btree ("version__status");
  CREATE INDEX "_events_v_created_at_idx" ON "_events_v" USING btree ("created_at");
  CREATE INDEX "_events_v_updated_at_idx" ON "_events_v" USING btree ("updated_at");
  CREATE INDEX "_events_v_snapshot_idx" ON "_events_v" USING btree ("snapshot");
  CREATE INDEX "_events_v_published_locale_idx" ON "_events_v" USING btree ("published_locale");
  CREATE INDEX "_events_v_latest_idx" ON "_events_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_events_v_locales_locale_parent_id_unique" ON "_events_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_events_v_rels_order_idx" ON "_events_v_rels" USING btree ("order");
  CREATE INDEX "_events_v_rels_parent_idx" ON "_events_v_rels" USING btree ("parent_id");
  CREATE INDEX "_events_v_rels_path_idx" ON "_events_v_rels" USING btree ("path");
  CREATE INDEX "_events_v_rels_organisations_id_idx" ON "_events_v_rels" USING btree ("organisations_id");
  CREATE INDEX "_events_v_rels_attachments_id_idx" ON "_events_v_rels" USING btree ("attachments_id");
  CREATE INDEX "_events_v_rels_practices_id_idx" ON "_events_v_rels" USING btree ("practices_id");
  CREATE INDEX "_events_v_rels_themes_id_idx" ON "_events_v_rels" USING btree ("themes_id");
  CREATE INDEX "registrations_event_idx" ON "registrations" USING btree ("event_id");
  CREATE INDEX "registrations_status_idx" ON "registrations" USING btree ("status");
  CREATE INDEX "registrations_token_hash_idx" ON "registrations" USING btree ("token_hash");
  CREATE INDEX "registrations_queued_at_idx" ON "registrations" USING btree ("queued_at");
  CREATE INDEX "registrations_updated_at_idx" ON "registrations" USING btree ("updated_at");
  CREATE INDEX "registrations_created_at_idx" ON "registrations" USING btree ("created_at");
  CREATE UNIQUE INDEX "event_emailKey_idx" ON "registrations" USING btree ("event_id","email_key");
  CREATE INDEX "event_messages_event_idx" ON "event_messages" USING btree ("event_id");
  CREATE INDEX "event_messages_updated_at_idx" ON "event_messages" USING btree ("updated_at");
  CREATE INDEX "event_messages_created_at_idx" ON "event_messages" USING btree ("created_at");
  CREATE UNIQUE INDEX "event_figures_event_idx" ON "event_figures" USING btree ("event_id");
  CREATE INDEX "event_figures_starts_at_idx" ON "event_figures" USING btree ("starts_at");
  CREATE INDEX "event_figures_updated_at_idx" ON "event_figures" USING btree ("updated_at");
  CREATE INDEX "event_figures_created_at_idx" ON "event_figures" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_registrations_fk" FOREIGN KEY ("registrations_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_event_messages_fk" FOREIGN KEY ("event_messages_id") REFERENCES "public"."event_messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_event_figures_fk" FOREIGN KEY ("event_figures_id") REFERENCES "public"."event_figures"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");
  CREATE INDEX "payload_locked_documents_rels_registrations_id_idx" ON "payload_locked_documents_rels" USING btree ("registrations_id");
  CREATE INDEX "payload_locked_documents_rels_event_messages_id_idx" ON "payload_locked_documents_rels" USING btree ("event_messages_id");
  CREATE INDEX "payload_locked_documents_rels_event_figures_id_idx" ON "payload_locked_documents_rels" USING btree ("event_figures_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "events_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_spoken_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_interpretation" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_programme_speakers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_programme_speakers_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_programme" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_programme_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_countries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_spoken_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_interpretation" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_programme_speakers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_programme_speakers_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_programme" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_programme_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_countries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "registrations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "event_messages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "event_figures" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "events_languages" CASCADE;
  DROP TABLE "events_spoken_languages" CASCADE;
  DROP TABLE "events_interpretation" CASCADE;
  DROP TABLE "events_programme_speakers" CASCADE;
  DROP TABLE "events_programme_speakers_locales" CASCADE;
  DROP TABLE "events_programme" CASCADE;
  DROP TABLE "events_programme_locales" CASCADE;
  DROP TABLE "events_countries" CASCADE;
  DROP TABLE "events" CASCADE;
  DROP TABLE "events_locales" CASCADE;
  DROP TABLE "events_rels" CASCADE;
  DROP TABLE "_events_v_version_languages" CASCADE;
  DROP TABLE "_events_v_version_spoken_languages" CASCADE;
  DROP TABLE "_events_v_version_interpretation" CASCADE;
  DROP TABLE "_events_v_version_programme_speakers" CASCADE;
  DROP TABLE "_events_v_version_programme_speakers_locales" CASCADE;
  DROP TABLE "_events_v_version_programme" CASCADE;
  DROP TABLE "_events_v_version_programme_locales" CASCADE;
  DROP TABLE "_events_v_version_countries" CASCADE;
  DROP TABLE "_events_v" CASCADE;
  DROP TABLE "_events_v_locales" CASCADE;
  DROP TABLE "_events_v_rels" CASCADE;
  DROP TABLE "registrations" CASCADE;
  DROP TABLE "event_messages" CASCADE;
  DROP TABLE "event_figures" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_events_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_registrations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_event_messages_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_event_figures_fk";
  
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_roles";
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'moderator', 'expert');
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_roles" USING "value"::"public"."enum_users_roles";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'mailSubmitter', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'mailSubmitter', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_events_id_idx";
  DROP INDEX "payload_locked_documents_rels_registrations_id_idx";
  DROP INDEX "payload_locked_documents_rels_event_messages_id_idx";
  DROP INDEX "payload_locked_documents_rels_event_figures_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "events_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "registrations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "event_messages_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "event_figures_id";
  DROP TYPE "public"."enum_events_languages";
  DROP TYPE "public"."enum_events_spoken_languages";
  DROP TYPE "public"."enum_events_interpretation";
  DROP TYPE "public"."enum_events_countries";
  DROP TYPE "public"."enum_events_kind";
  DROP TYPE "public"."enum_events_event_status";
  DROP TYPE "public"."enum_events_format";
  DROP TYPE "public"."enum_events_time_zone";
  DROP TYPE "public"."enum_events_venue_country";
  DROP TYPE "public"."enum_events_status";
  DROP TYPE "public"."enum__events_v_version_languages";
  DROP TYPE "public"."enum__events_v_version_spoken_languages";
  DROP TYPE "public"."enum__events_v_version_interpretation";
  DROP TYPE "public"."enum__events_v_version_countries";
  DROP TYPE "public"."enum__events_v_version_kind";
  DROP TYPE "public"."enum__events_v_version_event_status";
  DROP TYPE "public"."enum__events_v_version_format";
  DROP TYPE "public"."enum__events_v_version_time_zone";
  DROP TYPE "public"."enum__events_v_version_venue_country";
  DROP TYPE "public"."enum__events_v_version_status";
  DROP TYPE "public"."enum__events_v_published_locale";
  DROP TYPE "public"."enum_registrations_country";
  DROP TYPE "public"."enum_registrations_sector";
  DROP TYPE "public"."enum_registrations_mode";
  DROP TYPE "public"."enum_registrations_status";
  DROP TYPE "public"."enum_registrations_locale";
  DROP TYPE "public"."enum_event_messages_audience";`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`events_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_languages_order_idx\` ON \`events_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_languages_parent_idx\` ON \`events_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_spoken_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_spoken_languages_order_idx\` ON \`events_spoken_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_spoken_languages_parent_idx\` ON \`events_spoken_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_interpretation\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_interpretation_order_idx\` ON \`events_interpretation\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_interpretation_parent_idx\` ON \`events_interpretation\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_programme_speakers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`organisation\` text,
  	\`photo_id\` integer,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events_programme\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_programme_speakers_order_idx\` ON \`events_programme_speakers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`events_programme_speakers_parent_id_idx\` ON \`events_programme_speakers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_programme_speakers_photo_idx\` ON \`events_programme_speakers\` (\`photo_id\`);`)
  await db.run(sql`CREATE TABLE \`events_programme_speakers_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events_programme_speakers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`events_programme_speakers_locales_locale_parent_id_unique\` ON \`events_programme_speakers_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_programme\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`start_time\` text,
  	\`end_time\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_programme_order_idx\` ON \`events_programme\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`events_programme_parent_id_idx\` ON \`events_programme\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_programme_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events_programme\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`events_programme_locales_locale_parent_id_unique\` ON \`events_programme_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_countries\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_countries_order_idx\` ON \`events_countries\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_countries_parent_idx\` ON \`events_countries\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'own',
  	\`event_status\` text DEFAULT 'scheduled',
  	\`format\` text DEFAULT 'inPerson',
  	\`starts_at\` text,
  	\`ends_at\` text,
  	\`time_zone\` text DEFAULT 'Europe/Stockholm',
  	\`external_url\` text,
  	\`venue_name\` text,
  	\`venue_street\` text,
  	\`venue_postal_code\` text,
  	\`venue_city\` text,
  	\`venue_country\` text,
  	\`venue_map_url\` text,
  	\`join_url\` text,
  	\`registration_deadline\` text,
  	\`registration_closed\` integer DEFAULT false,
  	\`registration_capacity_in_person\` numeric,
  	\`registration_capacity_online\` numeric,
  	\`afterwards_recording_url\` text,
  	\`sequence\` numeric DEFAULT 0,
  	\`personal_data_purged_at\` text,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`events_format_idx\` ON \`events\` (\`format\`);`)
  await db.run(sql`CREATE INDEX \`events_starts_at_idx\` ON \`events\` (\`starts_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`events_locales\` (
  	\`title\` text,
  	\`admin_title\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`accessibility\` text,
  	\`afterwards_report\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`events_locales_locale_parent_id_unique\` ON \`events_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`organisations_id\` integer,
  	\`attachments_id\` integer,
  	\`practices_id\` integer,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practices_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_rels_order_idx\` ON \`events_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_parent_idx\` ON \`events_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_path_idx\` ON \`events_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_organisations_id_idx\` ON \`events_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_attachments_id_idx\` ON \`events_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_practices_id_idx\` ON \`events_rels\` (\`practices_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_themes_id_idx\` ON \`events_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_languages_order_idx\` ON \`_events_v_version_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_languages_parent_idx\` ON \`_events_v_version_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_spoken_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_spoken_languages_order_idx\` ON \`_events_v_version_spoken_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_spoken_languages_parent_idx\` ON \`_events_v_version_spoken_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_interpretation\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_interpretation_order_idx\` ON \`_events_v_version_interpretation\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_interpretation_parent_idx\` ON \`_events_v_version_interpretation\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_programme_speakers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`organisation\` text,
  	\`photo_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v_version_programme\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_programme_speakers_order_idx\` ON \`_events_v_version_programme_speakers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_programme_speakers_parent_id_idx\` ON \`_events_v_version_programme_speakers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_programme_speakers_photo_idx\` ON \`_events_v_version_programme_speakers\` (\`photo_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_programme_speakers_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v_version_programme_speakers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_events_v_version_programme_speakers_locales_locale_parent_i\` ON \`_events_v_version_programme_speakers_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_programme\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`start_time\` text,
  	\`end_time\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_programme_order_idx\` ON \`_events_v_version_programme\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_programme_parent_id_idx\` ON \`_events_v_version_programme\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_programme_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v_version_programme\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_events_v_version_programme_locales_locale_parent_id_unique\` ON \`_events_v_version_programme_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_countries\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_countries_order_idx\` ON \`_events_v_version_countries\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_countries_parent_idx\` ON \`_events_v_version_countries\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_kind\` text DEFAULT 'own',
  	\`version_event_status\` text DEFAULT 'scheduled',
  	\`version_format\` text DEFAULT 'inPerson',
  	\`version_starts_at\` text,
  	\`version_ends_at\` text,
  	\`version_time_zone\` text DEFAULT 'Europe/Stockholm',
  	\`version_external_url\` text,
  	\`version_venue_name\` text,
  	\`version_venue_street\` text,
  	\`version_venue_postal_code\` text,
  	\`version_venue_city\` text,
  	\`version_venue_country\` text,
  	\`version_venue_map_url\` text,
  	\`version_join_url\` text,
  	\`version_registration_deadline\` text,
  	\`version_registration_closed\` integer DEFAULT false,
  	\`version_registration_capacity_in_person\` numeric,
  	\`version_registration_capacity_online\` numeric,
  	\`version_afterwards_recording_url\` text,
  	\`version_sequence\` numeric DEFAULT 0,
  	\`version_personal_data_purged_at\` text,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_format_idx\` ON \`_events_v\` (\`version_format\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_starts_at_idx\` ON \`_events_v\` (\`version_starts_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_snapshot_idx\` ON \`_events_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_published_locale_idx\` ON \`_events_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_locales\` (
  	\`version_title\` text,
  	\`version_admin_title\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_accessibility\` text,
  	\`version_afterwards_report\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_events_v_locales_locale_parent_id_unique\` ON \`_events_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`organisations_id\` integer,
  	\`attachments_id\` integer,
  	\`practices_id\` integer,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practices_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_rels_order_idx\` ON \`_events_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_parent_idx\` ON \`_events_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_path_idx\` ON \`_events_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_organisations_id_idx\` ON \`_events_v_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_attachments_id_idx\` ON \`_events_v_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_practices_id_idx\` ON \`_events_v_rels\` (\`practices_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_themes_id_idx\` ON \`_events_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`registrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`event_id\` integer NOT NULL,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`email_key\` text NOT NULL,
  	\`organisation\` text,
  	\`country\` text,
  	\`sector\` text,
  	\`mode\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`needs\` text,
  	\`list_consent\` integer DEFAULT false,
  	\`newsletter_opt_in\` integer DEFAULT false,
  	\`locale\` text NOT NULL,
  	\`attended\` integer DEFAULT false,
  	\`token_hash\` text NOT NULL,
  	\`token_sealed\` text NOT NULL,
  	\`cancelled_at\` text,
  	\`queued_at\` text NOT NULL,
  	\`reminded_day_at\` text,
  	\`reminded_hour_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`registrations_event_idx\` ON \`registrations\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_status_idx\` ON \`registrations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`registrations_token_hash_idx\` ON \`registrations\` (\`token_hash\`);`)
  await db.run(sql`CREATE INDEX \`registrations_queued_at_idx\` ON \`registrations\` (\`queued_at\`);`)
  await db.run(sql`CREATE INDEX \`registrations_updated_at_idx\` ON \`registrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`registrations_created_at_idx\` ON \`registrations\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`event_emailKey_idx\` ON \`registrations\` (\`event_id\`,\`email_key\`);`)
  await db.run(sql`CREATE TABLE \`event_messages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`event_id\` integer NOT NULL,
  	\`audience\` text DEFAULT 'all' NOT NULL,
  	\`subject\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`event_messages_event_idx\` ON \`event_messages\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`event_messages_updated_at_idx\` ON \`event_messages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`event_messages_created_at_idx\` ON \`event_messages\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`event_figures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`event_id\` integer NOT NULL,
  	\`event_title\` text NOT NULL,
  	\`starts_at\` text NOT NULL,
  	\`format\` text NOT NULL,
  	\`registered\` numeric NOT NULL,
  	\`attended\` numeric NOT NULL,
  	\`by_mode\` text NOT NULL,
  	\`by_country\` text NOT NULL,
  	\`by_sector\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`event_figures_event_idx\` ON \`event_figures\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`event_figures_starts_at_idx\` ON \`event_figures\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`event_figures_updated_at_idx\` ON \`event_figures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`event_figures_created_at_idx\` ON \`event_figures\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`events_id\` integer REFERENCES events(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`registrations_id\` integer REFERENCES registrations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`event_messages_id\` integer REFERENCES event_messages(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`event_figures_id\` integer REFERENCES event_figures(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_registrations_id_idx\` ON \`payload_locked_documents_rels\` (\`registrations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_event_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`event_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_event_figures_id_idx\` ON \`payload_locked_documents_rels\` (\`event_figures_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`events_languages\`;`)
  await db.run(sql`DROP TABLE \`events_spoken_languages\`;`)
  await db.run(sql`DROP TABLE \`events_interpretation\`;`)
  await db.run(sql`DROP TABLE \`events_programme_speakers\`;`)
  await db.run(sql`DROP TABLE \`events_programme_speakers_locales\`;`)
  await db.run(sql`DROP TABLE \`events_programme\`;`)
  await db.run(sql`DROP TABLE \`events_programme_locales\`;`)
  await db.run(sql`DROP TABLE \`events_countries\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`DROP TABLE \`events_locales\`;`)
  await db.run(sql`DROP TABLE \`events_rels\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_languages\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_spoken_languages\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_interpretation\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_programme_speakers\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_programme_speakers_locales\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_programme\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_programme_locales\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_countries\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`_events_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_events_v_rels\`;`)
  await db.run(sql`DROP TABLE \`registrations\`;`)
  await db.run(sql`DROP TABLE \`event_messages\`;`)
  await db.run(sql`DROP TABLE \`event_figures\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`practices_id\` integer,
  	\`replications_id\` integer,
  	\`organisations_id\` integer,
  	\`news_id\` integer,
  	\`pages_id\` integer,
  	\`themes_id\` integer,
  	\`media_id\` integer,
  	\`attachments_id\` integer,
  	\`users_id\` integer,
  	\`outbox_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practices_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`replications_id\`) REFERENCES \`replications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outbox_id\`) REFERENCES \`outbox\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "practices_id", "replications_id", "organisations_id", "news_id", "pages_id", "themes_id", "media_id", "attachments_id", "users_id", "outbox_id") SELECT "id", "order", "parent_id", "path", "practices_id", "replications_id", "organisations_id", "news_id", "pages_id", "themes_id", "media_id", "attachments_id", "users_id", "outbox_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_practices_id_idx\` ON \`payload_locked_documents_rels\` (\`practices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_replications_id_idx\` ON \`payload_locked_documents_rels\` (\`replications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_id\`);`)
}

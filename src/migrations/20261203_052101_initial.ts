import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`missions_jurisdiction\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`country\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`missions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`missions_jurisdiction_order_idx\` ON \`missions_jurisdiction\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`missions_jurisdiction_parent_id_idx\` ON \`missions_jurisdiction\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`missions_jurisdiction_locales\` (
  	\`region\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`missions_jurisdiction\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`missions_jurisdiction_locales_locale_parent_id_unique\` ON \`missions_jurisdiction_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`missions_site_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`missions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`missions_site_locales_order_idx\` ON \`missions_site_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`missions_site_locales_parent_idx\` ON \`missions_site_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`missions_offices_phones\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`number\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`missions_offices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`missions_offices_phones_order_idx\` ON \`missions_offices_phones\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`missions_offices_phones_parent_id_idx\` ON \`missions_offices_phones\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`missions_offices_phones_locales\` (
  	\`label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`missions_offices_phones\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`missions_offices_phones_locales_locale_parent_id_unique\` ON \`missions_offices_phones_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`missions_offices_opening_hours_days\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`missions_offices_opening_hours\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`missions_offices_opening_hours_days_order_idx\` ON \`missions_offices_opening_hours_days\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`missions_offices_opening_hours_days_parent_idx\` ON \`missions_offices_opening_hours_days\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`missions_offices_opening_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`opens\` text NOT NULL,
  	\`closes\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`missions_offices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`missions_offices_opening_hours_order_idx\` ON \`missions_offices_opening_hours\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`missions_offices_opening_hours_parent_id_idx\` ON \`missions_offices_opening_hours\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`missions_offices_opening_hours_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`missions_offices_opening_hours\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`missions_offices_opening_hours_locales_locale_parent_id_uniq\` ON \`missions_offices_opening_hours_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`missions_offices_closures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`missions_offices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`missions_offices_closures_order_idx\` ON \`missions_offices_closures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`missions_offices_closures_parent_id_idx\` ON \`missions_offices_closures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`missions_offices_closures_locales\` (
  	\`reason\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`missions_offices_closures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`missions_offices_closures_locales_locale_parent_id_unique\` ON \`missions_offices_closures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`missions_offices\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`is_main\` integer DEFAULT false,
  	\`address_street\` text NOT NULL,
  	\`address_postal_code\` text,
  	\`address_city\` text NOT NULL,
  	\`address_country\` text NOT NULL,
  	\`latitude\` numeric,
  	\`longitude\` numeric,
  	\`emergency_phone\` text,
  	\`email\` text,
  	\`contact_form_url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`missions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`missions_offices_order_idx\` ON \`missions_offices\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`missions_offices_parent_id_idx\` ON \`missions_offices\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`missions_offices_locales\` (
  	\`name\` text NOT NULL,
  	\`access\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`missions_offices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`missions_offices_locales_locale_parent_id_unique\` ON \`missions_offices_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`missions\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`type\` text NOT NULL,
  	\`host_country\` text NOT NULL,
  	\`parent_id\` text(36),
  	\`head_of_mission_name\` text,
  	\`default_locale\` text NOT NULL,
  	\`base_url\` text NOT NULL,
  	\`time_zone\` text,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`sample_data\` integer DEFAULT false,
  	\`trusted\` integer DEFAULT false,
  	\`internal_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`missions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`missions_slug_idx\` ON \`missions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`missions_parent_idx\` ON \`missions\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`missions_updated_at_idx\` ON \`missions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`missions_created_at_idx\` ON \`missions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`missions_locales\` (
  	\`name\` text NOT NULL,
  	\`city\` text NOT NULL,
  	\`head_of_mission_title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`missions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`missions_locales_locale_parent_id_unique\` ON \`missions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`missions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`services_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`missions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`missions_rels_order_idx\` ON \`missions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`missions_rels_parent_idx\` ON \`missions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`missions_rels_path_idx\` ON \`missions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`missions_rels_services_id_idx\` ON \`missions_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE TABLE \`press_releases_needs_translation\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`press_releases_needs_translation_order_idx\` ON \`press_releases_needs_translation\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_needs_translation_parent_idx\` ON \`press_releases_needs_translation\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`press_releases\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`hero_image_id\` text(36),
  	\`published_at\` text,
  	\`mission_id\` text(36),
  	\`syndication\` text DEFAULT 'all',
  	\`review_state\` text DEFAULT 'editing',
  	\`review_comment\` text,
  	\`submitted_by_id\` text(36),
  	\`submitted_at\` text,
  	\`decided_by_id\` text(36),
  	\`decided_at\` text,
  	\`translation_status_source\` text,
  	\`translation_status_es\` text,
  	\`translation_status_en\` text,
  	\`translation_status_fr\` text,
  	\`translation_status_zh\` text,
  	\`translation_status_ar\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`mission_id\`) REFERENCES \`missions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`press_releases_slug_idx\` ON \`press_releases\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_hero_image_idx\` ON \`press_releases\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_published_at_idx\` ON \`press_releases\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_mission_idx\` ON \`press_releases\` (\`mission_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_review_state_idx\` ON \`press_releases\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_submitted_by_idx\` ON \`press_releases\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_decided_by_idx\` ON \`press_releases\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_updated_at_idx\` ON \`press_releases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_created_at_idx\` ON \`press_releases\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`press_releases__status_idx\` ON \`press_releases\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`press_releases_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`translation_edited_at\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`press_releases_locales_locale_parent_id_unique\` ON \`press_releases_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`press_releases_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` text(36),
  	\`missions_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`missions_id\`) REFERENCES \`missions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`press_releases_rels_order_idx\` ON \`press_releases_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_parent_idx\` ON \`press_releases_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_path_idx\` ON \`press_releases_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_topics_id_idx\` ON \`press_releases_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_missions_id_idx\` ON \`press_releases_rels\` (\`missions_id\`);`)
  await db.run(sql`CREATE TABLE \`_press_releases_v_version_needs_translation\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_press_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_needs_translation_order_idx\` ON \`_press_releases_v_version_needs_translation\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_needs_translation_parent_idx\` ON \`_press_releases_v_version_needs_translation\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_press_releases_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_slug\` text,
  	\`version_hero_image_id\` text(36),
  	\`version_published_at\` text,
  	\`version_mission_id\` text(36),
  	\`version_syndication\` text DEFAULT 'all',
  	\`version_review_state\` text DEFAULT 'editing',
  	\`version_review_comment\` text,
  	\`version_submitted_by_id\` text(36),
  	\`version_submitted_at\` text,
  	\`version_decided_by_id\` text(36),
  	\`version_decided_at\` text,
  	\`version_translation_status_source\` text,
  	\`version_translation_status_es\` text,
  	\`version_translation_status_en\` text,
  	\`version_translation_status_fr\` text,
  	\`version_translation_status_zh\` text,
  	\`version_translation_status_ar\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_mission_id\`) REFERENCES \`missions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_press_releases_v_parent_idx\` ON \`_press_releases_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_slug_idx\` ON \`_press_releases_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_hero_image_idx\` ON \`_press_releases_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_published_at_idx\` ON \`_press_releases_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_mission_idx\` ON \`_press_releases_v\` (\`version_mission_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_review_state_idx\` ON \`_press_releases_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_submitted_by_idx\` ON \`_press_releases_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_decided_by_idx\` ON \`_press_releases_v\` (\`version_decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_updated_at_idx\` ON \`_press_releases_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_created_at_idx\` ON \`_press_releases_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version__status_idx\` ON \`_press_releases_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_created_at_idx\` ON \`_press_releases_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_updated_at_idx\` ON \`_press_releases_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_snapshot_idx\` ON \`_press_releases_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_published_locale_idx\` ON \`_press_releases_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_latest_idx\` ON \`_press_releases_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_press_releases_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_translation_edited_at\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_press_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_press_releases_v_locales_locale_parent_id_unique\` ON \`_press_releases_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_press_releases_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` text(36),
  	\`missions_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_press_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`missions_id\`) REFERENCES \`missions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_order_idx\` ON \`_press_releases_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_parent_idx\` ON \`_press_releases_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_path_idx\` ON \`_press_releases_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_topics_id_idx\` ON \`_press_releases_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_missions_id_idx\` ON \`_press_releases_v_rels\` (\`missions_id\`);`)
  await db.run(sql`CREATE TABLE \`blog_posts_authors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`blog_posts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`blog_posts_authors_order_idx\` ON \`blog_posts_authors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`blog_posts_authors_parent_id_idx\` ON \`blog_posts_authors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`blog_posts_authors_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`blog_posts_authors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`blog_posts_authors_locales_locale_parent_id_unique\` ON \`blog_posts_authors_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`blog_posts_needs_translation\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`blog_posts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`blog_posts_needs_translation_order_idx\` ON \`blog_posts_needs_translation\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`blog_posts_needs_translation_parent_idx\` ON \`blog_posts_needs_translation\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`blog_posts\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`hero_image_id\` text(36),
  	\`published_at\` text,
  	\`mission_id\` text(36),
  	\`review_state\` text DEFAULT 'editing',
  	\`review_comment\` text,
  	\`submitted_by_id\` text(36),
  	\`submitted_at\` text,
  	\`decided_by_id\` text(36),
  	\`decided_at\` text,
  	\`translation_status_source\` text,
  	\`translation_status_es\` text,
  	\`translation_status_en\` text,
  	\`translation_status_fr\` text,
  	\`translation_status_zh\` text,
  	\`translation_status_ar\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`mission_id\`) REFERENCES \`missions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`blog_posts_slug_idx\` ON \`blog_posts\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`blog_posts_hero_image_idx\` ON \`blog_posts\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`blog_posts_published_at_idx\` ON \`blog_posts\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`blog_posts_mission_idx\` ON \`blog_posts\` (\`mission_id\`);`)
  await db.run(sql`CREATE INDEX \`blog_posts_review_state_idx\` ON \`blog_posts\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`blog_posts_submitted_by_idx\` ON \`blog_posts\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`blog_posts_decided_by_idx\` ON \`blog_posts\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`blog_posts_updated_at_idx\` ON \`blog_posts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`blog_posts_created_at_idx\` ON \`blog_posts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`blog_posts__status_idx\` ON \`blog_posts\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`blog_posts_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`translation_edited_at\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`blog_posts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`blog_posts_locales_locale_parent_id_unique\` ON \`blog_posts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`blog_posts_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`blog_posts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`blog_posts_rels_order_idx\` ON \`blog_posts_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`blog_posts_rels_parent_idx\` ON \`blog_posts_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`blog_posts_rels_path_idx\` ON \`blog_posts_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`blog_posts_rels_topics_id_idx\` ON \`blog_posts_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`_blog_posts_v_version_authors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_blog_posts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_blog_posts_v_version_authors_order_idx\` ON \`_blog_posts_v_version_authors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_blog_posts_v_version_authors_parent_id_idx\` ON \`_blog_posts_v_version_authors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_blog_posts_v_version_authors_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_blog_posts_v_version_authors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_blog_posts_v_version_authors_locales_locale_parent_id_uniqu\` ON \`_blog_posts_v_version_authors_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_blog_posts_v_version_needs_translation\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_blog_posts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_blog_posts_v_version_needs_translation_order_idx\` ON \`_blog_posts_v_version_needs_translation\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_blog_posts_v_version_needs_translation_parent_idx\` ON \`_blog_posts_v_version_needs_translation\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_blog_posts_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_slug\` text,
  	\`version_hero_image_id\` text(36),
  	\`version_published_at\` text,
  	\`version_mission_id\` text(36),
  	\`version_review_state\` text DEFAULT 'editing',
  	\`version_review_comment\` text,
  	\`version_submitted_by_id\` text(36),
  	\`version_submitted_at\` text,
  	\`version_decided_by_id\` text(36),
  	\`version_decided_at\` text,
  	\`version_translation_status_source\` text,
  	\`version_translation_status_es\` text,
  	\`version_translation_status_en\` text,
  	\`version_translation_status_fr\` text,
  	\`version_translation_status_zh\` text,
  	\`version_translation_status_ar\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`blog_posts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_mission_id\`) REFERENCES \`missions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_blog_posts_v_parent_idx\` ON \`_blog_posts_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_blog_posts_v_version_version_slug_idx\` ON \`_blog_posts_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_blog_posts_v_version_version_hero_image_idx\` ON \`_blog_posts_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_blog_posts_v_version_version_published_at_idx\` ON \`_blog_posts_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_blog_posts_v_version_version_mission_idx\` ON \`_blog_posts_v\` (\`version_mission_id\`);`)
  await db.run(sql`CREATE INDEX \`_blog_posts_v_version_version_review_state_idx\` ON \`_blog_posts_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_blog_posts_v_version_version_submitted_by_idx\` ON \`_blog_posts_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_blog_posts_v_version_version_decided_by_idx\` ON \`_blog_posts_v\` (\`version_decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_blog_posts_v_version_version_updated_at_idx\` ON \`_blog_posts_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_blog_posts_v_version_version_created_at_idx\` ON \`_blog_posts_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_blog_posts_v_version_version__status_idx\` ON \`_blog_posts_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_blog_posts_v_created_at_idx\` ON \`_blog_posts_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_blog_posts_v_updated_at_idx\` ON \`_blog_posts_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_blog_posts_v_snapshot_idx\` ON \`_blog_posts_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_blog_posts_v_published_locale_idx\` ON \`_blog_posts_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_blog_posts_v_latest_idx\` ON \`_blog_posts_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_blog_posts_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_translation_edited_at\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_blog_posts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_blog_posts_v_locales_locale_parent_id_unique\` ON \`_blog_posts_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_blog_posts_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_blog_posts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_blog_posts_v_rels_order_idx\` ON \`_blog_posts_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_blog_posts_v_rels_parent_idx\` ON \`_blog_posts_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_blog_posts_v_rels_path_idx\` ON \`_blog_posts_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_blog_posts_v_rels_topics_id_idx\` ON \`_blog_posts_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`mission_pages_needs_translation\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`mission_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`mission_pages_needs_translation_order_idx\` ON \`mission_pages_needs_translation\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`mission_pages_needs_translation_parent_idx\` ON \`mission_pages_needs_translation\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`mission_pages\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`mission_id\` text(36),
  	\`kind\` text,
  	\`review_state\` text DEFAULT 'editing',
  	\`review_comment\` text,
  	\`submitted_by_id\` text(36),
  	\`submitted_at\` text,
  	\`decided_by_id\` text(36),
  	\`decided_at\` text,
  	\`translation_status_source\` text,
  	\`translation_status_es\` text,
  	\`translation_status_en\` text,
  	\`translation_status_fr\` text,
  	\`translation_status_zh\` text,
  	\`translation_status_ar\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`mission_id\`) REFERENCES \`missions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`mission_pages_mission_idx\` ON \`mission_pages\` (\`mission_id\`);`)
  await db.run(sql`CREATE INDEX \`mission_pages_review_state_idx\` ON \`mission_pages\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`mission_pages_submitted_by_idx\` ON \`mission_pages\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`mission_pages_decided_by_idx\` ON \`mission_pages\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`mission_pages_updated_at_idx\` ON \`mission_pages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`mission_pages_created_at_idx\` ON \`mission_pages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`mission_pages__status_idx\` ON \`mission_pages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`mission_pages_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`translation_edited_at\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`mission_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`mission_pages_locales_locale_parent_id_unique\` ON \`mission_pages_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_mission_pages_v_version_needs_translation\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_mission_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_mission_pages_v_version_needs_translation_order_idx\` ON \`_mission_pages_v_version_needs_translation\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_mission_pages_v_version_needs_translation_parent_idx\` ON \`_mission_pages_v_version_needs_translation\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_mission_pages_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_mission_id\` text(36),
  	\`version_kind\` text,
  	\`version_review_state\` text DEFAULT 'editing',
  	\`version_review_comment\` text,
  	\`version_submitted_by_id\` text(36),
  	\`version_submitted_at\` text,
  	\`version_decided_by_id\` text(36),
  	\`version_decided_at\` text,
  	\`version_translation_status_source\` text,
  	\`version_translation_status_es\` text,
  	\`version_translation_status_en\` text,
  	\`version_translation_status_fr\` text,
  	\`version_translation_status_zh\` text,
  	\`version_translation_status_ar\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`mission_pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_mission_id\`) REFERENCES \`missions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_mission_pages_v_parent_idx\` ON \`_mission_pages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_mission_pages_v_version_version_mission_idx\` ON \`_mission_pages_v\` (\`version_mission_id\`);`)
  await db.run(sql`CREATE INDEX \`_mission_pages_v_version_version_review_state_idx\` ON \`_mission_pages_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_mission_pages_v_version_version_submitted_by_idx\` ON \`_mission_pages_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_mission_pages_v_version_version_decided_by_idx\` ON \`_mission_pages_v\` (\`version_decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_mission_pages_v_version_version_updated_at_idx\` ON \`_mission_pages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_mission_pages_v_version_version_created_at_idx\` ON \`_mission_pages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_mission_pages_v_version_version__status_idx\` ON \`_mission_pages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_mission_pages_v_created_at_idx\` ON \`_mission_pages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_mission_pages_v_updated_at_idx\` ON \`_mission_pages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_mission_pages_v_snapshot_idx\` ON \`_mission_pages_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_mission_pages_v_published_locale_idx\` ON \`_mission_pages_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_mission_pages_v_latest_idx\` ON \`_mission_pages_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_mission_pages_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_translation_edited_at\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_mission_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_mission_pages_v_locales_locale_parent_id_unique\` ON \`_mission_pages_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_audience\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_audience_order_idx\` ON \`services_audience\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`services_audience_parent_idx\` ON \`services_audience\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_requirements\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_requirements_order_idx\` ON \`services_requirements\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`services_requirements_parent_id_idx\` ON \`services_requirements\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_requirements_locales\` (
  	\`requirement\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services_requirements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`services_requirements_locales_locale_parent_id_unique\` ON \`services_requirements_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_mission_overrides\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`mission_id\` text(36),
  	\`fee_amount\` numeric,
  	\`fee_currency\` text,
  	\`appointment_url\` text,
  	FOREIGN KEY (\`mission_id\`) REFERENCES \`missions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_mission_overrides_order_idx\` ON \`services_mission_overrides\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`services_mission_overrides_parent_id_idx\` ON \`services_mission_overrides\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`services_mission_overrides_mission_idx\` ON \`services_mission_overrides\` (\`mission_id\`);`)
  await db.run(sql`CREATE TABLE \`services\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`category\` text,
  	\`fee_amount\` numeric,
  	\`fee_currency\` text,
  	\`appointment_url\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`services_slug_idx\` ON \`services\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`services_updated_at_idx\` ON \`services\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`services_created_at_idx\` ON \`services\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`services__status_idx\` ON \`services\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`services_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`processing_time\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`services_locales_locale_parent_id_unique\` ON \`services_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`missions_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`missions_id\`) REFERENCES \`missions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_rels_order_idx\` ON \`services_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`services_rels_parent_idx\` ON \`services_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`services_rels_path_idx\` ON \`services_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`services_rels_missions_id_idx\` ON \`services_rels\` (\`missions_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_audience\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_audience_order_idx\` ON \`_services_v_version_audience\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_audience_parent_idx\` ON \`_services_v_version_audience\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_requirements\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_requirements_order_idx\` ON \`_services_v_version_requirements\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_requirements_parent_id_idx\` ON \`_services_v_version_requirements\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_requirements_locales\` (
  	\`requirement\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v_version_requirements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_services_v_version_requirements_locales_locale_parent_id_un\` ON \`_services_v_version_requirements_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_mission_overrides\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`mission_id\` text(36),
  	\`fee_amount\` numeric,
  	\`fee_currency\` text,
  	\`appointment_url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`mission_id\`) REFERENCES \`missions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_mission_overrides_order_idx\` ON \`_services_v_version_mission_overrides\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_mission_overrides_parent_id_idx\` ON \`_services_v_version_mission_overrides\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_mission_overrides_mission_idx\` ON \`_services_v_version_mission_overrides\` (\`mission_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_slug\` text,
  	\`version_category\` text,
  	\`version_fee_amount\` numeric,
  	\`version_fee_currency\` text,
  	\`version_appointment_url\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_parent_idx\` ON \`_services_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_slug_idx\` ON \`_services_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_updated_at_idx\` ON \`_services_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_created_at_idx\` ON \`_services_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version__status_idx\` ON \`_services_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_created_at_idx\` ON \`_services_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_updated_at_idx\` ON \`_services_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_snapshot_idx\` ON \`_services_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_published_locale_idx\` ON \`_services_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_latest_idx\` ON \`_services_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_processing_time\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_services_v_locales_locale_parent_id_unique\` ON \`_services_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`missions_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`missions_id\`) REFERENCES \`missions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_rels_order_idx\` ON \`_services_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_rels_parent_idx\` ON \`_services_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_rels_path_idx\` ON \`_services_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_rels_missions_id_idx\` ON \`_services_v_rels\` (\`missions_id\`);`)
  await db.run(sql`CREATE TABLE \`topics\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_slug_idx\` ON \`topics\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`topics_updated_at_idx\` ON \`topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_created_at_idx\` ON \`topics\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`topics_locales\` (
  	\`name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_locales_locale_parent_id_unique\` ON \`topics_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`social_accounts\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`owner_type\` text DEFAULT 'mission' NOT NULL,
  	\`mission_id\` text(36),
  	\`related_body\` text,
  	\`platform_id\` text(36) NOT NULL,
  	\`url\` text NOT NULL,
  	\`handle\` text,
  	\`language\` text,
  	\`title\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`mission_id\`) REFERENCES \`missions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`platform_id\`) REFERENCES \`social_platforms\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`social_accounts_mission_idx\` ON \`social_accounts\` (\`mission_id\`);`)
  await db.run(sql`CREATE INDEX \`social_accounts_platform_idx\` ON \`social_accounts\` (\`platform_id\`);`)
  await db.run(sql`CREATE INDEX \`social_accounts_url_idx\` ON \`social_accounts\` (\`url\`);`)
  await db.run(sql`CREATE INDEX \`social_accounts_updated_at_idx\` ON \`social_accounts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`social_accounts_created_at_idx\` ON \`social_accounts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`social_platforms_hosts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`host\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`social_platforms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`social_platforms_hosts_order_idx\` ON \`social_platforms_hosts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`social_platforms_hosts_parent_id_idx\` ON \`social_platforms_hosts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`social_platforms\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`federated\` integer DEFAULT false,
  	\`url_template\` text,
  	\`handle_pattern\` text,
  	\`case_sensitive\` integer DEFAULT false,
  	\`normaliser\` text DEFAULT 'template' NOT NULL,
  	\`wikidata_property\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`social_platforms_slug_idx\` ON \`social_platforms\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`social_platforms_updated_at_idx\` ON \`social_platforms\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`social_platforms_created_at_idx\` ON \`social_platforms\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`enquiries\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`reference\` text NOT NULL,
  	\`mission_id\` text(36) NOT NULL,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`assignee_id\` text(36),
  	\`topic_id\` text(36),
  	\`locale\` text NOT NULL,
  	\`name\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`message\` text,
  	\`internal_notes\` text,
  	\`reply\` text,
  	\`replied_by_id\` text(36),
  	\`replied_at\` text,
  	\`first_replied_at\` text,
  	\`closed_at\` text,
  	\`anonymised_at\` text,
  	\`idempotency_key\` text,
  	\`sequence\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`mission_id\`) REFERENCES \`missions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`topic_id\`) REFERENCES \`enquiry_topics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`replied_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`enquiries_reference_idx\` ON \`enquiries\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`enquiries_mission_idx\` ON \`enquiries\` (\`mission_id\`);`)
  await db.run(sql`CREATE INDEX \`enquiries_status_idx\` ON \`enquiries\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`enquiries_assignee_idx\` ON \`enquiries\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`enquiries_topic_idx\` ON \`enquiries\` (\`topic_id\`);`)
  await db.run(sql`CREATE INDEX \`enquiries_email_idx\` ON \`enquiries\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`enquiries_replied_by_idx\` ON \`enquiries\` (\`replied_by_id\`);`)
  await db.run(sql`CREATE INDEX \`enquiries_first_replied_at_idx\` ON \`enquiries\` (\`first_replied_at\`);`)
  await db.run(sql`CREATE INDEX \`enquiries_closed_at_idx\` ON \`enquiries\` (\`closed_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`enquiries_idempotency_key_idx\` ON \`enquiries\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`enquiries_sequence_idx\` ON \`enquiries\` (\`sequence\`);`)
  await db.run(sql`CREATE INDEX \`enquiries_updated_at_idx\` ON \`enquiries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`enquiries_created_at_idx\` ON \`enquiries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`enquiry_topics\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`order\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`enquiry_topics_slug_idx\` ON \`enquiry_topics\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`enquiry_topics_updated_at_idx\` ON \`enquiry_topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`enquiry_topics_created_at_idx\` ON \`enquiry_topics\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`enquiry_topics_locales\` (
  	\`name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`enquiry_topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`enquiry_topics_locales_locale_parent_id_unique\` ON \`enquiry_topics_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`survey_responses\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`mission_id\` text(36) NOT NULL,
  	\`service_id\` text(36),
  	\`enquiry_id\` text(36),
  	\`rating\` numeric NOT NULL,
  	\`resolved\` integer DEFAULT false NOT NULL,
  	\`comment\` text,
  	\`locale\` text NOT NULL,
  	\`anonymised_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`mission_id\`) REFERENCES \`missions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`enquiry_id\`) REFERENCES \`enquiries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`survey_responses_mission_idx\` ON \`survey_responses\` (\`mission_id\`);`)
  await db.run(sql`CREATE INDEX \`survey_responses_service_idx\` ON \`survey_responses\` (\`service_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`survey_responses_enquiry_idx\` ON \`survey_responses\` (\`enquiry_id\`);`)
  await db.run(sql`CREATE INDEX \`survey_responses_updated_at_idx\` ON \`survey_responses\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`survey_responses_created_at_idx\` ON \`survey_responses\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`appointment_schedules_weekly_schedule_days\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`appointment_schedules_weekly_schedule\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`appointment_schedules_weekly_schedule_days_order_idx\` ON \`appointment_schedules_weekly_schedule_days\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`appointment_schedules_weekly_schedule_days_parent_idx\` ON \`appointment_schedules_weekly_schedule_days\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`appointment_schedules_weekly_schedule\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`opens\` text NOT NULL,
  	\`closes\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`appointment_schedules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`appointment_schedules_weekly_schedule_order_idx\` ON \`appointment_schedules_weekly_schedule\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`appointment_schedules_weekly_schedule_parent_id_idx\` ON \`appointment_schedules_weekly_schedule\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`appointment_schedules_closed_days\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`appointment_schedules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`appointment_schedules_closed_days_order_idx\` ON \`appointment_schedules_closed_days\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`appointment_schedules_closed_days_parent_id_idx\` ON \`appointment_schedules_closed_days\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`appointment_schedules_closed_days_locales\` (
  	\`reason\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`appointment_schedules_closed_days\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`appointment_schedules_closed_days_locales_locale_parent_id_u\` ON \`appointment_schedules_closed_days_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`appointment_schedules\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`mission_id\` text(36) NOT NULL,
  	\`office\` text NOT NULL,
  	\`service_id\` text(36) NOT NULL,
  	\`slot_minutes\` numeric DEFAULT 15 NOT NULL,
  	\`places_per_slot\` numeric DEFAULT 1 NOT NULL,
  	\`book_ahead_days\` numeric DEFAULT 60 NOT NULL,
  	\`min_notice_hours\` numeric DEFAULT 24 NOT NULL,
  	\`active\` integer DEFAULT true,
  	\`scope_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`mission_id\`) REFERENCES \`missions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`appointment_schedules_mission_idx\` ON \`appointment_schedules\` (\`mission_id\`);`)
  await db.run(sql`CREATE INDEX \`appointment_schedules_service_idx\` ON \`appointment_schedules\` (\`service_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`appointment_schedules_scope_key_idx\` ON \`appointment_schedules\` (\`scope_key\`);`)
  await db.run(sql`CREATE INDEX \`appointment_schedules_updated_at_idx\` ON \`appointment_schedules\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`appointment_schedules_created_at_idx\` ON \`appointment_schedules\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`bookings_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`action\` text NOT NULL,
  	\`by\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`bookings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`bookings_history_order_idx\` ON \`bookings_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`bookings_history_parent_id_idx\` ON \`bookings_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`bookings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`reference\` text NOT NULL,
  	\`mission_id\` text(36) NOT NULL,
  	\`status\` text DEFAULT 'booked' NOT NULL,
  	\`cancel_reason\` text,
  	\`cancelled_by\` text,
  	\`slot_start\` text NOT NULL,
  	\`slot_end\` text NOT NULL,
  	\`place\` numeric NOT NULL,
  	\`schedule_id\` text(36) NOT NULL,
  	\`service_id\` text(36) NOT NULL,
  	\`office\` text NOT NULL,
  	\`name\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`document_number\` text,
  	\`people\` numeric DEFAULT 1,
  	\`locale\` text NOT NULL,
  	\`reminder_sent_at\` text,
  	\`anonymised_at\` text,
  	\`place_key\` text NOT NULL,
  	\`token_nonce\` text,
  	\`idempotency_key\` text NOT NULL,
  	\`sequence\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`mission_id\`) REFERENCES \`missions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`schedule_id\`) REFERENCES \`appointment_schedules\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`bookings_reference_idx\` ON \`bookings\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`bookings_mission_idx\` ON \`bookings\` (\`mission_id\`);`)
  await db.run(sql`CREATE INDEX \`bookings_status_idx\` ON \`bookings\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`bookings_slot_start_idx\` ON \`bookings\` (\`slot_start\`);`)
  await db.run(sql`CREATE INDEX \`bookings_schedule_idx\` ON \`bookings\` (\`schedule_id\`);`)
  await db.run(sql`CREATE INDEX \`bookings_service_idx\` ON \`bookings\` (\`service_id\`);`)
  await db.run(sql`CREATE INDEX \`bookings_email_idx\` ON \`bookings\` (\`email\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`bookings_place_key_idx\` ON \`bookings\` (\`place_key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`bookings_idempotency_key_idx\` ON \`bookings\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`bookings_sequence_idx\` ON \`bookings\` (\`sequence\`);`)
  await db.run(sql`CREATE INDEX \`bookings_updated_at_idx\` ON \`bookings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`bookings_created_at_idx\` ON \`bookings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`alerts\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`severity\` text DEFAULT 'information',
  	\`starts_at\` text,
  	\`expires_at\` text,
  	\`scope\` text DEFAULT 'selected',
  	\`review_state\` text DEFAULT 'editing',
  	\`review_comment\` text,
  	\`submitted_by_id\` text(36),
  	\`submitted_at\` text,
  	\`decided_by_id\` text(36),
  	\`decided_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`alerts_starts_at_idx\` ON \`alerts\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`alerts_expires_at_idx\` ON \`alerts\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`alerts_review_state_idx\` ON \`alerts\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`alerts_submitted_by_idx\` ON \`alerts\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`alerts_decided_by_idx\` ON \`alerts\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`alerts_updated_at_idx\` ON \`alerts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`alerts_created_at_idx\` ON \`alerts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`alerts__status_idx\` ON \`alerts\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`alerts_locales\` (
  	\`title\` text,
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`alerts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`alerts_locales_locale_parent_id_unique\` ON \`alerts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`alerts_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`alerts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`alerts_texts_order_parent\` ON \`alerts_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`alerts_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`missions_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`alerts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`missions_id\`) REFERENCES \`missions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`alerts_rels_order_idx\` ON \`alerts_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`alerts_rels_parent_idx\` ON \`alerts_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`alerts_rels_path_idx\` ON \`alerts_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`alerts_rels_missions_id_idx\` ON \`alerts_rels\` (\`missions_id\`);`)
  await db.run(sql`CREATE TABLE \`_alerts_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_severity\` text DEFAULT 'information',
  	\`version_starts_at\` text,
  	\`version_expires_at\` text,
  	\`version_scope\` text DEFAULT 'selected',
  	\`version_review_state\` text DEFAULT 'editing',
  	\`version_review_comment\` text,
  	\`version_submitted_by_id\` text(36),
  	\`version_submitted_at\` text,
  	\`version_decided_by_id\` text(36),
  	\`version_decided_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`alerts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_alerts_v_parent_idx\` ON \`_alerts_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_alerts_v_version_version_starts_at_idx\` ON \`_alerts_v\` (\`version_starts_at\`);`)
  await db.run(sql`CREATE INDEX \`_alerts_v_version_version_expires_at_idx\` ON \`_alerts_v\` (\`version_expires_at\`);`)
  await db.run(sql`CREATE INDEX \`_alerts_v_version_version_review_state_idx\` ON \`_alerts_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_alerts_v_version_version_submitted_by_idx\` ON \`_alerts_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_alerts_v_version_version_decided_by_idx\` ON \`_alerts_v\` (\`version_decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_alerts_v_version_version_updated_at_idx\` ON \`_alerts_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_alerts_v_version_version_created_at_idx\` ON \`_alerts_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_alerts_v_version_version__status_idx\` ON \`_alerts_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_alerts_v_created_at_idx\` ON \`_alerts_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_alerts_v_updated_at_idx\` ON \`_alerts_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_alerts_v_snapshot_idx\` ON \`_alerts_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_alerts_v_published_locale_idx\` ON \`_alerts_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_alerts_v_latest_idx\` ON \`_alerts_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_alerts_v_locales\` (
  	\`version_title\` text,
  	\`version_text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_alerts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_alerts_v_locales_locale_parent_id_unique\` ON \`_alerts_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_alerts_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_alerts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_alerts_v_texts_order_parent\` ON \`_alerts_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_alerts_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`missions_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_alerts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`missions_id\`) REFERENCES \`missions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_alerts_v_rels_order_idx\` ON \`_alerts_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_alerts_v_rels_parent_idx\` ON \`_alerts_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_alerts_v_rels_path_idx\` ON \`_alerts_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_alerts_v_rels_missions_id_idx\` ON \`_alerts_v_rels\` (\`missions_id\`);`)
  await db.run(sql`CREATE TABLE \`travel_advice_regions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`level\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`travel_advice\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`travel_advice_regions_order_idx\` ON \`travel_advice_regions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`travel_advice_regions_parent_id_idx\` ON \`travel_advice_regions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`travel_advice_regions_locales\` (
  	\`name\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`travel_advice_regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`travel_advice_regions_locales_locale_parent_id_unique\` ON \`travel_advice_regions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`travel_advice_changes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`major\` integer,
  	\`level\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`travel_advice\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`travel_advice_changes_order_idx\` ON \`travel_advice_changes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`travel_advice_changes_parent_id_idx\` ON \`travel_advice_changes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`travel_advice_needs_translation\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`travel_advice\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`travel_advice_needs_translation_order_idx\` ON \`travel_advice_needs_translation\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`travel_advice_needs_translation_parent_idx\` ON \`travel_advice_needs_translation\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`travel_advice\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`country\` text,
  	\`level\` text,
  	\`reviewed_at\` text,
  	\`major_change\` integer DEFAULT false,
  	\`review_state\` text DEFAULT 'editing',
  	\`review_comment\` text,
  	\`submitted_by_id\` text(36),
  	\`submitted_at\` text,
  	\`decided_by_id\` text(36),
  	\`decided_at\` text,
  	\`translation_status_source\` text,
  	\`translation_status_es\` text,
  	\`translation_status_en\` text,
  	\`translation_status_fr\` text,
  	\`translation_status_zh\` text,
  	\`translation_status_ar\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`travel_advice_country_idx\` ON \`travel_advice\` (\`country\`);`)
  await db.run(sql`CREATE INDEX \`travel_advice_review_state_idx\` ON \`travel_advice\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`travel_advice_submitted_by_idx\` ON \`travel_advice\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`travel_advice_decided_by_idx\` ON \`travel_advice\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`travel_advice_updated_at_idx\` ON \`travel_advice\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`travel_advice_created_at_idx\` ON \`travel_advice\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`travel_advice__status_idx\` ON \`travel_advice\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`travel_advice_locales\` (
  	\`summary\` text,
  	\`parts_safety\` text,
  	\`parts_entry\` text,
  	\`parts_health\` text,
  	\`parts_laws\` text,
  	\`parts_hazards\` text,
  	\`parts_help\` text,
  	\`change_note\` text,
  	\`translation_edited_at\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`travel_advice\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`travel_advice_locales_locale_parent_id_unique\` ON \`travel_advice_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_travel_advice_v_version_regions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`level\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_travel_advice_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_travel_advice_v_version_regions_order_idx\` ON \`_travel_advice_v_version_regions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_travel_advice_v_version_regions_parent_id_idx\` ON \`_travel_advice_v_version_regions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_travel_advice_v_version_regions_locales\` (
  	\`name\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_travel_advice_v_version_regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_travel_advice_v_version_regions_locales_locale_parent_id_un\` ON \`_travel_advice_v_version_regions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_travel_advice_v_version_changes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`major\` integer,
  	\`level\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_travel_advice_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_travel_advice_v_version_changes_order_idx\` ON \`_travel_advice_v_version_changes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_travel_advice_v_version_changes_parent_id_idx\` ON \`_travel_advice_v_version_changes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_travel_advice_v_version_needs_translation\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_travel_advice_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_travel_advice_v_version_needs_translation_order_idx\` ON \`_travel_advice_v_version_needs_translation\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_travel_advice_v_version_needs_translation_parent_idx\` ON \`_travel_advice_v_version_needs_translation\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_travel_advice_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_country\` text,
  	\`version_level\` text,
  	\`version_reviewed_at\` text,
  	\`version_major_change\` integer DEFAULT false,
  	\`version_review_state\` text DEFAULT 'editing',
  	\`version_review_comment\` text,
  	\`version_submitted_by_id\` text(36),
  	\`version_submitted_at\` text,
  	\`version_decided_by_id\` text(36),
  	\`version_decided_at\` text,
  	\`version_translation_status_source\` text,
  	\`version_translation_status_es\` text,
  	\`version_translation_status_en\` text,
  	\`version_translation_status_fr\` text,
  	\`version_translation_status_zh\` text,
  	\`version_translation_status_ar\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`travel_advice\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_travel_advice_v_parent_idx\` ON \`_travel_advice_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_travel_advice_v_version_version_country_idx\` ON \`_travel_advice_v\` (\`version_country\`);`)
  await db.run(sql`CREATE INDEX \`_travel_advice_v_version_version_review_state_idx\` ON \`_travel_advice_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_travel_advice_v_version_version_submitted_by_idx\` ON \`_travel_advice_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_travel_advice_v_version_version_decided_by_idx\` ON \`_travel_advice_v\` (\`version_decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_travel_advice_v_version_version_updated_at_idx\` ON \`_travel_advice_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_travel_advice_v_version_version_created_at_idx\` ON \`_travel_advice_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_travel_advice_v_version_version__status_idx\` ON \`_travel_advice_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_travel_advice_v_created_at_idx\` ON \`_travel_advice_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_travel_advice_v_updated_at_idx\` ON \`_travel_advice_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_travel_advice_v_snapshot_idx\` ON \`_travel_advice_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_travel_advice_v_published_locale_idx\` ON \`_travel_advice_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_travel_advice_v_latest_idx\` ON \`_travel_advice_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_travel_advice_v_locales\` (
  	\`version_summary\` text,
  	\`version_parts_safety\` text,
  	\`version_parts_entry\` text,
  	\`version_parts_health\` text,
  	\`version_parts_laws\` text,
  	\`version_parts_hazards\` text,
  	\`version_parts_help\` text,
  	\`version_change_note\` text,
  	\`version_translation_edited_at\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_travel_advice_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_travel_advice_v_locales_locale_parent_id_unique\` ON \`_travel_advice_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`accredited_missions_social_accounts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`platform_id\` text(36),
  	\`url\` text,
  	\`handle\` text,
  	FOREIGN KEY (\`platform_id\`) REFERENCES \`social_platforms\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`accredited_missions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`accredited_missions_social_accounts_order_idx\` ON \`accredited_missions_social_accounts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`accredited_missions_social_accounts_parent_id_idx\` ON \`accredited_missions_social_accounts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`accredited_missions_social_accounts_platform_idx\` ON \`accredited_missions_social_accounts\` (\`platform_id\`);`)
  await db.run(sql`CREATE TABLE \`accredited_missions\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`list_name\` text,
  	\`kind\` text DEFAULT 'embassy',
  	\`sending_state\` text,
  	\`head_name\` text,
  	\`head_class\` text,
  	\`head_credentials_date\` text,
  	\`address_street\` text,
  	\`address_postal_code\` text,
  	\`address_city\` text,
  	\`phone\` text,
  	\`email\` text,
  	\`website\` text,
  	\`national_day\` text,
  	\`sample_data\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`accredited_missions_updated_at_idx\` ON \`accredited_missions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`accredited_missions_created_at_idx\` ON \`accredited_missions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`accredited_missions__status_idx\` ON \`accredited_missions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`accredited_missions_locales\` (
  	\`organisation\` text,
  	\`acronym\` text,
  	\`head_title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`accredited_missions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`accredited_missions_locales_locale_parent_id_unique\` ON \`accredited_missions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_accredited_missions_v_version_social_accounts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`platform_id\` text(36),
  	\`url\` text,
  	\`handle\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`platform_id\`) REFERENCES \`social_platforms\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_accredited_missions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_accredited_missions_v_version_social_accounts_order_idx\` ON \`_accredited_missions_v_version_social_accounts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_accredited_missions_v_version_social_accounts_parent_id_idx\` ON \`_accredited_missions_v_version_social_accounts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_accredited_missions_v_version_social_accounts_platform_idx\` ON \`_accredited_missions_v_version_social_accounts\` (\`platform_id\`);`)
  await db.run(sql`CREATE TABLE \`_accredited_missions_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_list_name\` text,
  	\`version_kind\` text DEFAULT 'embassy',
  	\`version_sending_state\` text,
  	\`version_head_name\` text,
  	\`version_head_class\` text,
  	\`version_head_credentials_date\` text,
  	\`version_address_street\` text,
  	\`version_address_postal_code\` text,
  	\`version_address_city\` text,
  	\`version_phone\` text,
  	\`version_email\` text,
  	\`version_website\` text,
  	\`version_national_day\` text,
  	\`version_sample_data\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`accredited_missions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_accredited_missions_v_parent_idx\` ON \`_accredited_missions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_accredited_missions_v_version_version_updated_at_idx\` ON \`_accredited_missions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_accredited_missions_v_version_version_created_at_idx\` ON \`_accredited_missions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_accredited_missions_v_version_version__status_idx\` ON \`_accredited_missions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_accredited_missions_v_created_at_idx\` ON \`_accredited_missions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_accredited_missions_v_updated_at_idx\` ON \`_accredited_missions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_accredited_missions_v_snapshot_idx\` ON \`_accredited_missions_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_accredited_missions_v_published_locale_idx\` ON \`_accredited_missions_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_accredited_missions_v_latest_idx\` ON \`_accredited_missions_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_accredited_missions_v_locales\` (
  	\`version_organisation\` text,
  	\`version_acronym\` text,
  	\`version_head_title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_accredited_missions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_accredited_missions_v_locales_locale_parent_id_unique\` ON \`_accredited_missions_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`credit\` text,
  	\`mission_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_thumbnail_avif_url\` text,
  	\`sizes_thumbnail_avif_width\` numeric,
  	\`sizes_thumbnail_avif_height\` numeric,
  	\`sizes_thumbnail_avif_mime_type\` text,
  	\`sizes_thumbnail_avif_filesize\` numeric,
  	\`sizes_thumbnail_avif_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_card_avif_url\` text,
  	\`sizes_card_avif_width\` numeric,
  	\`sizes_card_avif_height\` numeric,
  	\`sizes_card_avif_mime_type\` text,
  	\`sizes_card_avif_filesize\` numeric,
  	\`sizes_card_avif_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text,
  	\`sizes_hero_avif_url\` text,
  	\`sizes_hero_avif_width\` numeric,
  	\`sizes_hero_avif_height\` numeric,
  	\`sizes_hero_avif_mime_type\` text,
  	\`sizes_hero_avif_filesize\` numeric,
  	\`sizes_hero_avif_filename\` text,
  	FOREIGN KEY (\`mission_id\`) REFERENCES \`missions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_mission_idx\` ON \`media\` (\`mission_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_avif_sizes_thumbnail_avif_filename_idx\` ON \`media\` (\`sizes_thumbnail_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_avif_sizes_card_avif_filename_idx\` ON \`media\` (\`sizes_card_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_avif_sizes_hero_avif_filename_idx\` ON \`media\` (\`sizes_hero_avif_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'mission-editor' NOT NULL,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`missions_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`missions_id\`) REFERENCES \`missions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_missions_id_idx\` ON \`users_rels\` (\`missions_id\`);`)
  await db.run(sql`CREATE TABLE \`audit_trail_changes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text NOT NULL,
  	\`before\` text,
  	\`after\` text,
  	\`omitted\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`audit_trail\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_trail_changes_order_idx\` ON \`audit_trail_changes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`audit_trail_changes_parent_id_idx\` ON \`audit_trail_changes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`audit_trail\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`action\` text NOT NULL,
  	\`summary\` text,
  	\`user_email\` text,
  	\`user_id\` text,
  	\`user_role\` text,
  	\`collection\` text NOT NULL,
  	\`document_id\` text,
  	\`document_status\` text,
  	\`title\` text,
  	\`locale\` text,
  	\`channel\` text,
  	\`ip\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_trail_at_idx\` ON \`audit_trail\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`audit_trail_action_idx\` ON \`audit_trail\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_trail_user_email_idx\` ON \`audit_trail\` (\`user_email\`);`)
  await db.run(sql`CREATE INDEX \`audit_trail_user_id_idx\` ON \`audit_trail\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_trail_collection_idx\` ON \`audit_trail\` (\`collection\`);`)
  await db.run(sql`CREATE INDEX \`audit_trail_document_id_idx\` ON \`audit_trail\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_trail_updated_at_idx\` ON \`audit_trail\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_trail_created_at_idx\` ON \`audit_trail\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`audit_trail_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`missions_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`audit_trail\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`missions_id\`) REFERENCES \`missions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_trail_rels_order_idx\` ON \`audit_trail_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`audit_trail_rels_parent_idx\` ON \`audit_trail_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_trail_rels_path_idx\` ON \`audit_trail_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`audit_trail_rels_missions_id_idx\` ON \`audit_trail_rels\` (\`missions_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`concurrency_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_concurrency_key_idx\` ON \`payload_jobs\` (\`concurrency_key\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`missions_id\` text(36),
  	\`press_releases_id\` text(36),
  	\`blog_posts_id\` text(36),
  	\`mission_pages_id\` text(36),
  	\`services_id\` text(36),
  	\`topics_id\` text(36),
  	\`social_accounts_id\` text(36),
  	\`social_platforms_id\` text(36),
  	\`enquiries_id\` text(36),
  	\`enquiry_topics_id\` text(36),
  	\`survey_responses_id\` text(36),
  	\`appointment_schedules_id\` text(36),
  	\`bookings_id\` text(36),
  	\`alerts_id\` text(36),
  	\`travel_advice_id\` text(36),
  	\`accredited_missions_id\` text(36),
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`missions_id\`) REFERENCES \`missions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_releases_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`blog_posts_id\`) REFERENCES \`blog_posts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mission_pages_id\`) REFERENCES \`mission_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`social_accounts_id\`) REFERENCES \`social_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`social_platforms_id\`) REFERENCES \`social_platforms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`enquiries_id\`) REFERENCES \`enquiries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`enquiry_topics_id\`) REFERENCES \`enquiry_topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`survey_responses_id\`) REFERENCES \`survey_responses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`appointment_schedules_id\`) REFERENCES \`appointment_schedules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bookings_id\`) REFERENCES \`bookings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`alerts_id\`) REFERENCES \`alerts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`travel_advice_id\`) REFERENCES \`travel_advice\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`accredited_missions_id\`) REFERENCES \`accredited_missions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_missions_id_idx\` ON \`payload_locked_documents_rels\` (\`missions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_press_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`press_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_blog_posts_id_idx\` ON \`payload_locked_documents_rels\` (\`blog_posts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mission_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`mission_pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_social_accounts_id_idx\` ON \`payload_locked_documents_rels\` (\`social_accounts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_social_platforms_id_idx\` ON \`payload_locked_documents_rels\` (\`social_platforms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_enquiries_id_idx\` ON \`payload_locked_documents_rels\` (\`enquiries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_enquiry_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`enquiry_topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_survey_responses_id_idx\` ON \`payload_locked_documents_rels\` (\`survey_responses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_appointment_schedules_id_idx\` ON \`payload_locked_documents_rels\` (\`appointment_schedules_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bookings_id_idx\` ON \`payload_locked_documents_rels\` (\`bookings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_alerts_id_idx\` ON \`payload_locked_documents_rels\` (\`alerts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_travel_advice_id_idx\` ON \`payload_locked_documents_rels\` (\`travel_advice_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_accredited_missions_id_idx\` ON \`payload_locked_documents_rels\` (\`accredited_missions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`ministry_related_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ministry\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`ministry_related_links_order_idx\` ON \`ministry_related_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`ministry_related_links_parent_id_idx\` ON \`ministry_related_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`ministry_related_links_locales\` (
  	\`label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ministry_related_links\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`ministry_related_links_locales_locale_parent_id_unique\` ON \`ministry_related_links_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`ministry_citizen_attention_commitments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ministry\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`ministry_citizen_attention_commitments_order_idx\` ON \`ministry_citizen_attention_commitments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`ministry_citizen_attention_commitments_parent_id_idx\` ON \`ministry_citizen_attention_commitments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`ministry_citizen_attention_commitments_locales\` (
  	\`text\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ministry_citizen_attention_commitments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`ministry_citizen_attention_commitments_locales_locale_parent\` ON \`ministry_citizen_attention_commitments_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`ministry\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`emblem_id\` text(36),
  	\`base_url\` text NOT NULL,
  	\`brand_primary\` text DEFAULT '#0b3d91' NOT NULL,
  	\`brand_secondary\` text DEFAULT '#ffd100' NOT NULL,
  	\`brand_accent\` text DEFAULT '#c8102e' NOT NULL,
  	\`brand_text\` text DEFAULT '#1b1b1b' NOT NULL,
  	\`brand_heading_font\` text DEFAULT 'Georgia, serif' NOT NULL,
  	\`brand_body_font\` text DEFAULT 'system-ui, sans-serif' NOT NULL,
  	\`citizen_attention_reply_within_working_days\` numeric DEFAULT 3 NOT NULL,
  	\`citizen_attention_enquiry_retention_days\` numeric DEFAULT 365 NOT NULL,
  	\`citizen_attention_booking_retention_days\` numeric DEFAULT 30 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`emblem_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`ministry_emblem_idx\` ON \`ministry\` (\`emblem_id\`);`)
  await db.run(sql`CREATE TABLE \`ministry_locales\` (
  	\`name\` text NOT NULL,
  	\`short_name\` text,
  	\`footer_text\` text,
  	\`charter\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ministry\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`ministry_locales_locale_parent_id_unique\` ON \`ministry_locales\` (\`_locale\`,\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`missions_jurisdiction\`;`)
  await db.run(sql`DROP TABLE \`missions_jurisdiction_locales\`;`)
  await db.run(sql`DROP TABLE \`missions_site_locales\`;`)
  await db.run(sql`DROP TABLE \`missions_offices_phones\`;`)
  await db.run(sql`DROP TABLE \`missions_offices_phones_locales\`;`)
  await db.run(sql`DROP TABLE \`missions_offices_opening_hours_days\`;`)
  await db.run(sql`DROP TABLE \`missions_offices_opening_hours\`;`)
  await db.run(sql`DROP TABLE \`missions_offices_opening_hours_locales\`;`)
  await db.run(sql`DROP TABLE \`missions_offices_closures\`;`)
  await db.run(sql`DROP TABLE \`missions_offices_closures_locales\`;`)
  await db.run(sql`DROP TABLE \`missions_offices\`;`)
  await db.run(sql`DROP TABLE \`missions_offices_locales\`;`)
  await db.run(sql`DROP TABLE \`missions\`;`)
  await db.run(sql`DROP TABLE \`missions_locales\`;`)
  await db.run(sql`DROP TABLE \`missions_rels\`;`)
  await db.run(sql`DROP TABLE \`press_releases_needs_translation\`;`)
  await db.run(sql`DROP TABLE \`press_releases\`;`)
  await db.run(sql`DROP TABLE \`press_releases_locales\`;`)
  await db.run(sql`DROP TABLE \`press_releases_rels\`;`)
  await db.run(sql`DROP TABLE \`_press_releases_v_version_needs_translation\`;`)
  await db.run(sql`DROP TABLE \`_press_releases_v\`;`)
  await db.run(sql`DROP TABLE \`_press_releases_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_press_releases_v_rels\`;`)
  await db.run(sql`DROP TABLE \`blog_posts_authors\`;`)
  await db.run(sql`DROP TABLE \`blog_posts_authors_locales\`;`)
  await db.run(sql`DROP TABLE \`blog_posts_needs_translation\`;`)
  await db.run(sql`DROP TABLE \`blog_posts\`;`)
  await db.run(sql`DROP TABLE \`blog_posts_locales\`;`)
  await db.run(sql`DROP TABLE \`blog_posts_rels\`;`)
  await db.run(sql`DROP TABLE \`_blog_posts_v_version_authors\`;`)
  await db.run(sql`DROP TABLE \`_blog_posts_v_version_authors_locales\`;`)
  await db.run(sql`DROP TABLE \`_blog_posts_v_version_needs_translation\`;`)
  await db.run(sql`DROP TABLE \`_blog_posts_v\`;`)
  await db.run(sql`DROP TABLE \`_blog_posts_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_blog_posts_v_rels\`;`)
  await db.run(sql`DROP TABLE \`mission_pages_needs_translation\`;`)
  await db.run(sql`DROP TABLE \`mission_pages\`;`)
  await db.run(sql`DROP TABLE \`mission_pages_locales\`;`)
  await db.run(sql`DROP TABLE \`_mission_pages_v_version_needs_translation\`;`)
  await db.run(sql`DROP TABLE \`_mission_pages_v\`;`)
  await db.run(sql`DROP TABLE \`_mission_pages_v_locales\`;`)
  await db.run(sql`DROP TABLE \`services_audience\`;`)
  await db.run(sql`DROP TABLE \`services_requirements\`;`)
  await db.run(sql`DROP TABLE \`services_requirements_locales\`;`)
  await db.run(sql`DROP TABLE \`services_mission_overrides\`;`)
  await db.run(sql`DROP TABLE \`services\`;`)
  await db.run(sql`DROP TABLE \`services_locales\`;`)
  await db.run(sql`DROP TABLE \`services_rels\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_audience\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_requirements\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_requirements_locales\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_mission_overrides\`;`)
  await db.run(sql`DROP TABLE \`_services_v\`;`)
  await db.run(sql`DROP TABLE \`_services_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_services_v_rels\`;`)
  await db.run(sql`DROP TABLE \`topics\`;`)
  await db.run(sql`DROP TABLE \`topics_locales\`;`)
  await db.run(sql`DROP TABLE \`social_accounts\`;`)
  await db.run(sql`DROP TABLE \`social_platforms_hosts\`;`)
  await db.run(sql`DROP TABLE \`social_platforms\`;`)
  await db.run(sql`DROP TABLE \`enquiries\`;`)
  await db.run(sql`DROP TABLE \`enquiry_topics\`;`)
  await db.run(sql`DROP TABLE \`enquiry_topics_locales\`;`)
  await db.run(sql`DROP TABLE \`survey_responses\`;`)
  await db.run(sql`DROP TABLE \`appointment_schedules_weekly_schedule_days\`;`)
  await db.run(sql`DROP TABLE \`appointment_schedules_weekly_schedule\`;`)
  await db.run(sql`DROP TABLE \`appointment_schedules_closed_days\`;`)
  await db.run(sql`DROP TABLE \`appointment_schedules_closed_days_locales\`;`)
  await db.run(sql`DROP TABLE \`appointment_schedules\`;`)
  await db.run(sql`DROP TABLE \`bookings_history\`;`)
  await db.run(sql`DROP TABLE \`bookings\`;`)
  await db.run(sql`DROP TABLE \`alerts\`;`)
  await db.run(sql`DROP TABLE \`alerts_locales\`;`)
  await db.run(sql`DROP TABLE \`alerts_texts\`;`)
  await db.run(sql`DROP TABLE \`alerts_rels\`;`)
  await db.run(sql`DROP TABLE \`_alerts_v\`;`)
  await db.run(sql`DROP TABLE \`_alerts_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_alerts_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_alerts_v_rels\`;`)
  await db.run(sql`DROP TABLE \`travel_advice_regions\`;`)
  await db.run(sql`DROP TABLE \`travel_advice_regions_locales\`;`)
  await db.run(sql`DROP TABLE \`travel_advice_changes\`;`)
  await db.run(sql`DROP TABLE \`travel_advice_needs_translation\`;`)
  await db.run(sql`DROP TABLE \`travel_advice\`;`)
  await db.run(sql`DROP TABLE \`travel_advice_locales\`;`)
  await db.run(sql`DROP TABLE \`_travel_advice_v_version_regions\`;`)
  await db.run(sql`DROP TABLE \`_travel_advice_v_version_regions_locales\`;`)
  await db.run(sql`DROP TABLE \`_travel_advice_v_version_changes\`;`)
  await db.run(sql`DROP TABLE \`_travel_advice_v_version_needs_translation\`;`)
  await db.run(sql`DROP TABLE \`_travel_advice_v\`;`)
  await db.run(sql`DROP TABLE \`_travel_advice_v_locales\`;`)
  await db.run(sql`DROP TABLE \`accredited_missions_social_accounts\`;`)
  await db.run(sql`DROP TABLE \`accredited_missions\`;`)
  await db.run(sql`DROP TABLE \`accredited_missions_locales\`;`)
  await db.run(sql`DROP TABLE \`_accredited_missions_v_version_social_accounts\`;`)
  await db.run(sql`DROP TABLE \`_accredited_missions_v\`;`)
  await db.run(sql`DROP TABLE \`_accredited_missions_v_locales\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`audit_trail_changes\`;`)
  await db.run(sql`DROP TABLE \`audit_trail\`;`)
  await db.run(sql`DROP TABLE \`audit_trail_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`ministry_related_links\`;`)
  await db.run(sql`DROP TABLE \`ministry_related_links_locales\`;`)
  await db.run(sql`DROP TABLE \`ministry_citizen_attention_commitments\`;`)
  await db.run(sql`DROP TABLE \`ministry_citizen_attention_commitments_locales\`;`)
  await db.run(sql`DROP TABLE \`ministry\`;`)
  await db.run(sql`DROP TABLE \`ministry_locales\`;`)
}

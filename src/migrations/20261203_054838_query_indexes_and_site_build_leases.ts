import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`site_build_leases\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`holder\` text,
  	\`expires_at\` text NOT NULL,
  	\`generation\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`site_build_leases_name_idx\` ON \`site_build_leases\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`site_build_leases_updated_at_idx\` ON \`site_build_leases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`site_build_leases_created_at_idx\` ON \`site_build_leases\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`site_build_leases_id\` text(36) REFERENCES site_build_leases(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_build_leases_id_idx\` ON \`payload_locked_documents_rels\` (\`site_build_leases_id\`);`)
  await db.run(sql`CREATE INDEX \`missions_jurisdiction_country_idx\` ON \`missions_jurisdiction\` (\`country\`);`)
  await db.run(sql`CREATE INDEX \`missions_host_country_idx\` ON \`missions\` (\`host_country\`);`)
  await db.run(sql`CREATE INDEX \`missions_status_idx\` ON \`missions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`mission_pages_kind_idx\` ON \`mission_pages\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`_mission_pages_v_version_version_kind_idx\` ON \`_mission_pages_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`social_accounts_owner_type_idx\` ON \`social_accounts\` (\`owner_type\`);`)
  await db.run(sql`CREATE INDEX \`enquiries_anonymised_at_idx\` ON \`enquiries\` (\`anonymised_at\`);`)
  await db.run(sql`CREATE INDEX \`enquiry_topics_order_idx\` ON \`enquiry_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`survey_responses_anonymised_at_idx\` ON \`survey_responses\` (\`anonymised_at\`);`)
  await db.run(sql`CREATE INDEX \`appointment_schedules_active_idx\` ON \`appointment_schedules\` (\`active\`);`)
  await db.run(sql`CREATE INDEX \`bookings_slot_end_idx\` ON \`bookings\` (\`slot_end\`);`)
  await db.run(sql`CREATE INDEX \`bookings_office_idx\` ON \`bookings\` (\`office\`);`)
  await db.run(sql`CREATE INDEX \`bookings_reminder_sent_at_idx\` ON \`bookings\` (\`reminder_sent_at\`);`)
  await db.run(sql`CREATE INDEX \`bookings_anonymised_at_idx\` ON \`bookings\` (\`anonymised_at\`);`)
  await db.run(sql`CREATE INDEX \`schedule_slotStart_idx\` ON \`bookings\` (\`schedule_id\`,\`slot_start\`);`)
  await db.run(sql`CREATE INDEX \`mission_slotStart_idx\` ON \`bookings\` (\`mission_id\`,\`slot_start\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`site_build_leases\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "missions_id", "press_releases_id", "blog_posts_id", "mission_pages_id", "services_id", "topics_id", "social_accounts_id", "social_platforms_id", "enquiries_id", "enquiry_topics_id", "survey_responses_id", "appointment_schedules_id", "bookings_id", "alerts_id", "travel_advice_id", "accredited_missions_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "missions_id", "press_releases_id", "blog_posts_id", "mission_pages_id", "services_id", "topics_id", "social_accounts_id", "social_platforms_id", "enquiries_id", "enquiry_topics_id", "survey_responses_id", "appointment_schedules_id", "bookings_id", "alerts_id", "travel_advice_id", "accredited_missions_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`DROP INDEX \`missions_jurisdiction_country_idx\`;`)
  await db.run(sql`DROP INDEX \`missions_host_country_idx\`;`)
  await db.run(sql`DROP INDEX \`missions_status_idx\`;`)
  await db.run(sql`DROP INDEX \`mission_pages_kind_idx\`;`)
  await db.run(sql`DROP INDEX \`_mission_pages_v_version_version_kind_idx\`;`)
  await db.run(sql`DROP INDEX \`social_accounts_owner_type_idx\`;`)
  await db.run(sql`DROP INDEX \`enquiries_anonymised_at_idx\`;`)
  await db.run(sql`DROP INDEX \`enquiry_topics_order_idx\`;`)
  await db.run(sql`DROP INDEX \`survey_responses_anonymised_at_idx\`;`)
  await db.run(sql`DROP INDEX \`appointment_schedules_active_idx\`;`)
  await db.run(sql`DROP INDEX \`bookings_slot_end_idx\`;`)
  await db.run(sql`DROP INDEX \`bookings_office_idx\`;`)
  await db.run(sql`DROP INDEX \`bookings_reminder_sent_at_idx\`;`)
  await db.run(sql`DROP INDEX \`bookings_anonymised_at_idx\`;`)
  await db.run(sql`DROP INDEX \`schedule_slotStart_idx\`;`)
  await db.run(sql`DROP INDEX \`mission_slotStart_idx\`;`)
}

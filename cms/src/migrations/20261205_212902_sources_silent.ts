import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`productions_sources_silent\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`productions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`productions_sources_silent_order_idx\` ON \`productions_sources_silent\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`productions_sources_silent_parent_idx\` ON \`productions_sources_silent\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_productions_v_version_sources_silent\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_productions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_productions_v_version_sources_silent_order_idx\` ON \`_productions_v_version_sources_silent\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_productions_v_version_sources_silent_parent_idx\` ON \`_productions_v_version_sources_silent\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fragments_sources_silent\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`fragments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fragments_sources_silent_order_idx\` ON \`fragments_sources_silent\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`fragments_sources_silent_parent_idx\` ON \`fragments_sources_silent\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fragments_v_version_sources_silent\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_fragments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fragments_v_version_sources_silent_order_idx\` ON \`_fragments_v_version_sources_silent\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_fragments_v_version_sources_silent_parent_idx\` ON \`_fragments_v_version_sources_silent\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`activities_sources_silent\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_sources_silent_order_idx\` ON \`activities_sources_silent\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`activities_sources_silent_parent_idx\` ON \`activities_sources_silent\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_activities_v_version_sources_silent\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_activities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_activities_v_version_sources_silent_order_idx\` ON \`_activities_v_version_sources_silent\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_sources_silent_parent_idx\` ON \`_activities_v_version_sources_silent\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`interventions_sources_silent\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interventions_sources_silent_order_idx\` ON \`interventions_sources_silent\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`interventions_sources_silent_parent_idx\` ON \`interventions_sources_silent\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_interventions_v_version_sources_silent\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_interventions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_sources_silent_order_idx\` ON \`_interventions_v_version_sources_silent\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_sources_silent_parent_idx\` ON \`_interventions_v_version_sources_silent\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`evidence_sources_silent\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`evidence\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`evidence_sources_silent_order_idx\` ON \`evidence_sources_silent\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`evidence_sources_silent_parent_idx\` ON \`evidence_sources_silent\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_evidence_v_version_sources_silent\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_evidence_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_sources_silent_order_idx\` ON \`_evidence_v_version_sources_silent\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_sources_silent_parent_idx\` ON \`_evidence_v_version_sources_silent\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`cases_sources_silent\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`cases_sources_silent_order_idx\` ON \`cases_sources_silent\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`cases_sources_silent_parent_idx\` ON \`cases_sources_silent\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_cases_v_version_sources_silent\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_cases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_cases_v_version_sources_silent_order_idx\` ON \`_cases_v_version_sources_silent\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_sources_silent_parent_idx\` ON \`_cases_v_version_sources_silent\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`guidance_sources_silent\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guidance\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guidance_sources_silent_order_idx\` ON \`guidance_sources_silent\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`guidance_sources_silent_parent_idx\` ON \`guidance_sources_silent\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_guidance_v_version_sources_silent\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_guidance_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guidance_v_version_sources_silent_order_idx\` ON \`_guidance_v_version_sources_silent\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_v_version_sources_silent_parent_idx\` ON \`_guidance_v_version_sources_silent\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`themes_sources_silent\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`themes_sources_silent_order_idx\` ON \`themes_sources_silent\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`themes_sources_silent_parent_idx\` ON \`themes_sources_silent\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_themes_v_version_sources_silent\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_themes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_themes_v_version_sources_silent_order_idx\` ON \`_themes_v_version_sources_silent\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_sources_silent_parent_idx\` ON \`_themes_v_version_sources_silent\` (\`parent_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_interventions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`name\` text,
  	\`abbreviation\` text,
  	\`aim\` text,
  	\`description\` text,
  	\`duration\` text,
  	\`duration_minutes\` numeric,
  	\`provider\` text,
  	\`origin\` text,
  	\`year\` numeric,
  	\`evidence_level\` text,
  	\`evidence_note\` text,
  	\`familiarity_n\` numeric,
  	\`familiarity_percent\` numeric,
  	\`familiarity_evidence_id\` integer,
  	\`source_document\` text,
  	\`source_location\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`familiarity_evidence_id\`) REFERENCES \`evidence\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_interventions\`("id", "slug", "name", "abbreviation", "aim", "description", "duration", "duration_minutes", "provider", "origin", "year", "evidence_level", "evidence_note", "familiarity_n", "familiarity_percent", "familiarity_evidence_id", "source_document", "source_location", "updated_at", "created_at", "_status") SELECT "id", "slug", "name", "abbreviation", "aim", "description", "duration", "duration_minutes", "provider", "origin", "year", "evidence_level", "evidence_note", "familiarity_n", "familiarity_percent", "familiarity_evidence_id", "source_document", "source_location", "updated_at", "created_at", "_status" FROM \`interventions\`;`)
  await db.run(sql`DROP TABLE \`interventions\`;`)
  await db.run(sql`ALTER TABLE \`__new_interventions\` RENAME TO \`interventions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`interventions_slug_idx\` ON \`interventions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`interventions_abbreviation_idx\` ON \`interventions\` (\`abbreviation\`);`)
  await db.run(sql`CREATE INDEX \`interventions_evidence_level_idx\` ON \`interventions\` (\`evidence_level\`);`)
  await db.run(sql`CREATE INDEX \`interventions_familiarity_familiarity_evidence_idx\` ON \`interventions\` (\`familiarity_evidence_id\`);`)
  await db.run(sql`CREATE INDEX \`interventions_updated_at_idx\` ON \`interventions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`interventions_created_at_idx\` ON \`interventions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`interventions__status_idx\` ON \`interventions\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_createdAt_3_idx\` ON \`interventions\` (\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__interventions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_name\` text,
  	\`version_abbreviation\` text,
  	\`version_aim\` text,
  	\`version_description\` text,
  	\`version_duration\` text,
  	\`version_duration_minutes\` numeric,
  	\`version_provider\` text,
  	\`version_origin\` text,
  	\`version_year\` numeric,
  	\`version_evidence_level\` text,
  	\`version_evidence_note\` text,
  	\`version_familiarity_n\` numeric,
  	\`version_familiarity_percent\` numeric,
  	\`version_familiarity_evidence_id\` integer,
  	\`version_source_document\` text,
  	\`version_source_location\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_familiarity_evidence_id\`) REFERENCES \`evidence\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__interventions_v\`("id", "parent_id", "version_slug", "version_name", "version_abbreviation", "version_aim", "version_description", "version_duration", "version_duration_minutes", "version_provider", "version_origin", "version_year", "version_evidence_level", "version_evidence_note", "version_familiarity_n", "version_familiarity_percent", "version_familiarity_evidence_id", "version_source_document", "version_source_location", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_slug", "version_name", "version_abbreviation", "version_aim", "version_description", "version_duration", "version_duration_minutes", "version_provider", "version_origin", "version_year", "version_evidence_level", "version_evidence_note", "version_familiarity_n", "version_familiarity_percent", "version_familiarity_evidence_id", "version_source_document", "version_source_location", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_interventions_v\`;`)
  await db.run(sql`DROP TABLE \`_interventions_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__interventions_v\` RENAME TO \`_interventions_v\`;`)
  await db.run(sql`CREATE INDEX \`_interventions_v_parent_idx\` ON \`_interventions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_version_slug_idx\` ON \`_interventions_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_version_abbreviation_idx\` ON \`_interventions_v\` (\`version_abbreviation\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_version_evidence_level_idx\` ON \`_interventions_v\` (\`version_evidence_level\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_familiarity_version_familiarity_idx\` ON \`_interventions_v\` (\`version_familiarity_evidence_id\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_version_updated_at_idx\` ON \`_interventions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_version_created_at_idx\` ON \`_interventions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_version__status_idx\` ON \`_interventions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_created_at_idx\` ON \`_interventions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_updated_at_idx\` ON \`_interventions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_latest_idx\` ON \`_interventions_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_createdAt_3_idx\` ON \`_interventions_v\` (\`version__status\`,\`version_created_at\`);`)
  // "Onbekend" is gone: empty now means not yet looked up, and "the sources say nothing" is sources_silent.
  await db.run(sql`UPDATE \`interventions\` SET \`evidence_level\` = NULL WHERE \`evidence_level\` = 'unknown';`)
  await db.run(sql`UPDATE \`_interventions_v\` SET \`version_evidence_level\` = NULL WHERE \`version_evidence_level\` = 'unknown';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`productions_sources_silent\`;`)
  await db.run(sql`DROP TABLE \`_productions_v_version_sources_silent\`;`)
  await db.run(sql`DROP TABLE \`fragments_sources_silent\`;`)
  await db.run(sql`DROP TABLE \`_fragments_v_version_sources_silent\`;`)
  await db.run(sql`DROP TABLE \`activities_sources_silent\`;`)
  await db.run(sql`DROP TABLE \`_activities_v_version_sources_silent\`;`)
  await db.run(sql`DROP TABLE \`interventions_sources_silent\`;`)
  await db.run(sql`DROP TABLE \`_interventions_v_version_sources_silent\`;`)
  await db.run(sql`DROP TABLE \`evidence_sources_silent\`;`)
  await db.run(sql`DROP TABLE \`_evidence_v_version_sources_silent\`;`)
  await db.run(sql`DROP TABLE \`cases_sources_silent\`;`)
  await db.run(sql`DROP TABLE \`_cases_v_version_sources_silent\`;`)
  await db.run(sql`DROP TABLE \`guidance_sources_silent\`;`)
  await db.run(sql`DROP TABLE \`_guidance_v_version_sources_silent\`;`)
  await db.run(sql`DROP TABLE \`themes_sources_silent\`;`)
  await db.run(sql`DROP TABLE \`_themes_v_version_sources_silent\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new__interventions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_name\` text,
  	\`version_abbreviation\` text,
  	\`version_aim\` text,
  	\`version_description\` text,
  	\`version_duration\` text,
  	\`version_duration_minutes\` numeric,
  	\`version_provider\` text,
  	\`version_origin\` text,
  	\`version_year\` numeric,
  	\`version_evidence_level\` text DEFAULT 'unknown',
  	\`version_evidence_note\` text,
  	\`version_familiarity_n\` numeric,
  	\`version_familiarity_percent\` numeric,
  	\`version_familiarity_evidence_id\` integer,
  	\`version_source_document\` text,
  	\`version_source_location\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_familiarity_evidence_id\`) REFERENCES \`evidence\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__interventions_v\`("id", "parent_id", "version_slug", "version_name", "version_abbreviation", "version_aim", "version_description", "version_duration", "version_duration_minutes", "version_provider", "version_origin", "version_year", "version_evidence_level", "version_evidence_note", "version_familiarity_n", "version_familiarity_percent", "version_familiarity_evidence_id", "version_source_document", "version_source_location", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_slug", "version_name", "version_abbreviation", "version_aim", "version_description", "version_duration", "version_duration_minutes", "version_provider", "version_origin", "version_year", "version_evidence_level", "version_evidence_note", "version_familiarity_n", "version_familiarity_percent", "version_familiarity_evidence_id", "version_source_document", "version_source_location", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_interventions_v\`;`)
  await db.run(sql`DROP TABLE \`_interventions_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__interventions_v\` RENAME TO \`_interventions_v\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`_interventions_v_parent_idx\` ON \`_interventions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_version_slug_idx\` ON \`_interventions_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_version_abbreviation_idx\` ON \`_interventions_v\` (\`version_abbreviation\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_version_evidence_level_idx\` ON \`_interventions_v\` (\`version_evidence_level\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_familiarity_version_familiarity_idx\` ON \`_interventions_v\` (\`version_familiarity_evidence_id\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_version_updated_at_idx\` ON \`_interventions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_version_created_at_idx\` ON \`_interventions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_version__status_idx\` ON \`_interventions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_created_at_idx\` ON \`_interventions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_updated_at_idx\` ON \`_interventions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_latest_idx\` ON \`_interventions_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_createdAt_3_idx\` ON \`_interventions_v\` (\`version__status\`,\`version_created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_interventions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`name\` text,
  	\`abbreviation\` text,
  	\`aim\` text,
  	\`description\` text,
  	\`duration\` text,
  	\`duration_minutes\` numeric,
  	\`provider\` text,
  	\`origin\` text,
  	\`year\` numeric,
  	\`evidence_level\` text DEFAULT 'unknown',
  	\`evidence_note\` text,
  	\`familiarity_n\` numeric,
  	\`familiarity_percent\` numeric,
  	\`familiarity_evidence_id\` integer,
  	\`source_document\` text,
  	\`source_location\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`familiarity_evidence_id\`) REFERENCES \`evidence\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_interventions\`("id", "slug", "name", "abbreviation", "aim", "description", "duration", "duration_minutes", "provider", "origin", "year", "evidence_level", "evidence_note", "familiarity_n", "familiarity_percent", "familiarity_evidence_id", "source_document", "source_location", "updated_at", "created_at", "_status") SELECT "id", "slug", "name", "abbreviation", "aim", "description", "duration", "duration_minutes", "provider", "origin", "year", "evidence_level", "evidence_note", "familiarity_n", "familiarity_percent", "familiarity_evidence_id", "source_document", "source_location", "updated_at", "created_at", "_status" FROM \`interventions\`;`)
  await db.run(sql`DROP TABLE \`interventions\`;`)
  await db.run(sql`ALTER TABLE \`__new_interventions\` RENAME TO \`interventions\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`interventions_slug_idx\` ON \`interventions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`interventions_abbreviation_idx\` ON \`interventions\` (\`abbreviation\`);`)
  await db.run(sql`CREATE INDEX \`interventions_evidence_level_idx\` ON \`interventions\` (\`evidence_level\`);`)
  await db.run(sql`CREATE INDEX \`interventions_familiarity_familiarity_evidence_idx\` ON \`interventions\` (\`familiarity_evidence_id\`);`)
  await db.run(sql`CREATE INDEX \`interventions_updated_at_idx\` ON \`interventions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`interventions_created_at_idx\` ON \`interventions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`interventions__status_idx\` ON \`interventions\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_createdAt_3_idx\` ON \`interventions\` (\`_status\`,\`created_at\`);`)
  await db.run(sql`UPDATE \`interventions\` SET \`evidence_level\` = 'unknown' WHERE \`evidence_level\` IS NULL;`)
  await db.run(sql`UPDATE \`_interventions_v\` SET \`version_evidence_level\` = 'unknown' WHERE \`version_evidence_level\` IS NULL;`)
}

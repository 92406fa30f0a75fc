import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`productions_occasions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`productions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`productions_occasions_order_idx\` ON \`productions_occasions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`productions_occasions_parent_id_idx\` ON \`productions_occasions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`productions_contents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`productions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`productions_contents_order_idx\` ON \`productions_contents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`productions_contents_parent_id_idx\` ON \`productions_contents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`productions_session_guide_actions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`productions_session_guide\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`productions_session_guide_actions_order_idx\` ON \`productions_session_guide_actions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`productions_session_guide_actions_parent_id_idx\` ON \`productions_session_guide_actions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`productions_session_guide\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`productions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`productions_session_guide_order_idx\` ON \`productions_session_guide\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`productions_session_guide_parent_id_idx\` ON \`productions_session_guide\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`productions_tips\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`productions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`productions_tips_order_idx\` ON \`productions_tips\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`productions_tips_parent_id_idx\` ON \`productions_tips\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`productions_slide_outline\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`productions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`productions_slide_outline_order_idx\` ON \`productions_slide_outline\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`productions_slide_outline_parent_id_idx\` ON \`productions_slide_outline\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`productions_stigma_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`productions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`productions_stigma_types_order_idx\` ON \`productions_stigma_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`productions_stigma_types_parent_idx\` ON \`productions_stigma_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`productions_stigma_types_value_idx\` ON \`productions_stigma_types\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`productions_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`productions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`productions_audiences_order_idx\` ON \`productions_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`productions_audiences_parent_idx\` ON \`productions_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`productions_audiences_value_idx\` ON \`productions_audiences\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`productions_settings\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`productions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`productions_settings_order_idx\` ON \`productions_settings\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`productions_settings_parent_idx\` ON \`productions_settings\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`productions_settings_value_idx\` ON \`productions_settings\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`productions_gaps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`productions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`productions_gaps_order_idx\` ON \`productions_gaps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`productions_gaps_parent_id_idx\` ON \`productions_gaps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`productions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`title\` text,
  	\`summary\` text,
  	\`fragment_count\` numeric,
  	\`session_minutes_min\` numeric,
  	\`session_minutes_max\` numeric,
  	\`website_url\` text,
  	\`source_document\` text,
  	\`source_location\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`productions_slug_idx\` ON \`productions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`productions_updated_at_idx\` ON \`productions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`productions_created_at_idx\` ON \`productions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`productions__status_idx\` ON \`productions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`productions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	\`interventions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`productions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interventions_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`productions_rels_order_idx\` ON \`productions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`productions_rels_parent_idx\` ON \`productions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`productions_rels_path_idx\` ON \`productions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`productions_rels_themes_id_idx\` ON \`productions_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`productions_rels_interventions_id_idx\` ON \`productions_rels\` (\`interventions_id\`);`)
  await db.run(sql`CREATE TABLE \`_productions_v_version_occasions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_productions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_productions_v_version_occasions_order_idx\` ON \`_productions_v_version_occasions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_productions_v_version_occasions_parent_id_idx\` ON \`_productions_v_version_occasions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_productions_v_version_contents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_productions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_productions_v_version_contents_order_idx\` ON \`_productions_v_version_contents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_productions_v_version_contents_parent_id_idx\` ON \`_productions_v_version_contents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_productions_v_version_session_guide_actions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_productions_v_version_session_guide\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_productions_v_version_session_guide_actions_order_idx\` ON \`_productions_v_version_session_guide_actions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_productions_v_version_session_guide_actions_parent_id_idx\` ON \`_productions_v_version_session_guide_actions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_productions_v_version_session_guide\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_productions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_productions_v_version_session_guide_order_idx\` ON \`_productions_v_version_session_guide\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_productions_v_version_session_guide_parent_id_idx\` ON \`_productions_v_version_session_guide\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_productions_v_version_tips\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_productions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_productions_v_version_tips_order_idx\` ON \`_productions_v_version_tips\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_productions_v_version_tips_parent_id_idx\` ON \`_productions_v_version_tips\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_productions_v_version_slide_outline\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_productions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_productions_v_version_slide_outline_order_idx\` ON \`_productions_v_version_slide_outline\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_productions_v_version_slide_outline_parent_id_idx\` ON \`_productions_v_version_slide_outline\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_productions_v_version_stigma_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_productions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_productions_v_version_stigma_types_order_idx\` ON \`_productions_v_version_stigma_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_productions_v_version_stigma_types_parent_idx\` ON \`_productions_v_version_stigma_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_productions_v_version_stigma_types_value_idx\` ON \`_productions_v_version_stigma_types\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_productions_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_productions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_productions_v_version_audiences_order_idx\` ON \`_productions_v_version_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_productions_v_version_audiences_parent_idx\` ON \`_productions_v_version_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_productions_v_version_audiences_value_idx\` ON \`_productions_v_version_audiences\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_productions_v_version_settings\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_productions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_productions_v_version_settings_order_idx\` ON \`_productions_v_version_settings\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_productions_v_version_settings_parent_idx\` ON \`_productions_v_version_settings\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_productions_v_version_settings_value_idx\` ON \`_productions_v_version_settings\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_productions_v_version_gaps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_productions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_productions_v_version_gaps_order_idx\` ON \`_productions_v_version_gaps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_productions_v_version_gaps_parent_id_idx\` ON \`_productions_v_version_gaps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_productions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_fragment_count\` numeric,
  	\`version_session_minutes_min\` numeric,
  	\`version_session_minutes_max\` numeric,
  	\`version_website_url\` text,
  	\`version_source_document\` text,
  	\`version_source_location\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`productions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_productions_v_parent_idx\` ON \`_productions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_productions_v_version_version_slug_idx\` ON \`_productions_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_productions_v_version_version_updated_at_idx\` ON \`_productions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_productions_v_version_version_created_at_idx\` ON \`_productions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_productions_v_version_version__status_idx\` ON \`_productions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_productions_v_created_at_idx\` ON \`_productions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_productions_v_updated_at_idx\` ON \`_productions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_productions_v_latest_idx\` ON \`_productions_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_productions_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	\`interventions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_productions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interventions_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_productions_v_rels_order_idx\` ON \`_productions_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_productions_v_rels_parent_idx\` ON \`_productions_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_productions_v_rels_path_idx\` ON \`_productions_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_productions_v_rels_themes_id_idx\` ON \`_productions_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`_productions_v_rels_interventions_id_idx\` ON \`_productions_v_rels\` (\`interventions_id\`);`)
  await db.run(sql`CREATE TABLE \`fragments_questions_general\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fragments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fragments_questions_general_order_idx\` ON \`fragments_questions_general\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fragments_questions_general_parent_id_idx\` ON \`fragments_questions_general\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fragments_questions_practice\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fragments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fragments_questions_practice_order_idx\` ON \`fragments_questions_practice\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fragments_questions_practice_parent_id_idx\` ON \`fragments_questions_practice\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fragments_questions_thematic\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fragments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fragments_questions_thematic_order_idx\` ON \`fragments_questions_thematic\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fragments_questions_thematic_parent_id_idx\` ON \`fragments_questions_thematic\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fragments_questions_stigma\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fragments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fragments_questions_stigma_order_idx\` ON \`fragments_questions_stigma\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fragments_questions_stigma_parent_id_idx\` ON \`fragments_questions_stigma\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fragments_stigma_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`fragments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fragments_stigma_types_order_idx\` ON \`fragments_stigma_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`fragments_stigma_types_parent_idx\` ON \`fragments_stigma_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`fragments_stigma_types_value_idx\` ON \`fragments_stigma_types\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`fragments_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`fragments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fragments_audiences_order_idx\` ON \`fragments_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`fragments_audiences_parent_idx\` ON \`fragments_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`fragments_audiences_value_idx\` ON \`fragments_audiences\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`fragments_settings\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`fragments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fragments_settings_order_idx\` ON \`fragments_settings\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`fragments_settings_parent_idx\` ON \`fragments_settings\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`fragments_settings_value_idx\` ON \`fragments_settings\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`fragments_gaps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fragments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fragments_gaps_order_idx\` ON \`fragments_gaps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fragments_gaps_parent_id_idx\` ON \`fragments_gaps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fragments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`production_id\` integer,
  	\`number\` numeric,
  	\`title\` text,
  	\`duration_seconds\` numeric,
  	\`video_url\` text,
  	\`question_sheet_url\` text,
  	\`description\` text,
  	\`assignment\` text,
  	\`source_document\` text,
  	\`source_location\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`production_id\`) REFERENCES \`productions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`fragments_slug_idx\` ON \`fragments\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`fragments_production_idx\` ON \`fragments\` (\`production_id\`);`)
  await db.run(sql`CREATE INDEX \`fragments_number_idx\` ON \`fragments\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`fragments_updated_at_idx\` ON \`fragments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`fragments_created_at_idx\` ON \`fragments\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`fragments__status_idx\` ON \`fragments\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`fragments_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`fragments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fragments_rels_order_idx\` ON \`fragments_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`fragments_rels_parent_idx\` ON \`fragments_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`fragments_rels_path_idx\` ON \`fragments_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`fragments_rels_themes_id_idx\` ON \`fragments_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`_fragments_v_version_questions_general\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fragments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fragments_v_version_questions_general_order_idx\` ON \`_fragments_v_version_questions_general\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fragments_v_version_questions_general_parent_id_idx\` ON \`_fragments_v_version_questions_general\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fragments_v_version_questions_practice\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fragments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fragments_v_version_questions_practice_order_idx\` ON \`_fragments_v_version_questions_practice\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fragments_v_version_questions_practice_parent_id_idx\` ON \`_fragments_v_version_questions_practice\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fragments_v_version_questions_thematic\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fragments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fragments_v_version_questions_thematic_order_idx\` ON \`_fragments_v_version_questions_thematic\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fragments_v_version_questions_thematic_parent_id_idx\` ON \`_fragments_v_version_questions_thematic\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fragments_v_version_questions_stigma\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fragments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fragments_v_version_questions_stigma_order_idx\` ON \`_fragments_v_version_questions_stigma\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fragments_v_version_questions_stigma_parent_id_idx\` ON \`_fragments_v_version_questions_stigma\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fragments_v_version_stigma_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_fragments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fragments_v_version_stigma_types_order_idx\` ON \`_fragments_v_version_stigma_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_fragments_v_version_stigma_types_parent_idx\` ON \`_fragments_v_version_stigma_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fragments_v_version_stigma_types_value_idx\` ON \`_fragments_v_version_stigma_types\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_fragments_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_fragments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fragments_v_version_audiences_order_idx\` ON \`_fragments_v_version_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_fragments_v_version_audiences_parent_idx\` ON \`_fragments_v_version_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fragments_v_version_audiences_value_idx\` ON \`_fragments_v_version_audiences\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_fragments_v_version_settings\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_fragments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fragments_v_version_settings_order_idx\` ON \`_fragments_v_version_settings\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_fragments_v_version_settings_parent_idx\` ON \`_fragments_v_version_settings\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fragments_v_version_settings_value_idx\` ON \`_fragments_v_version_settings\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_fragments_v_version_gaps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fragments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fragments_v_version_gaps_order_idx\` ON \`_fragments_v_version_gaps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fragments_v_version_gaps_parent_id_idx\` ON \`_fragments_v_version_gaps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fragments_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_production_id\` integer,
  	\`version_number\` numeric,
  	\`version_title\` text,
  	\`version_duration_seconds\` numeric,
  	\`version_video_url\` text,
  	\`version_question_sheet_url\` text,
  	\`version_description\` text,
  	\`version_assignment\` text,
  	\`version_source_document\` text,
  	\`version_source_location\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`fragments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_production_id\`) REFERENCES \`productions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_fragments_v_parent_idx\` ON \`_fragments_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fragments_v_version_version_slug_idx\` ON \`_fragments_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_fragments_v_version_version_production_idx\` ON \`_fragments_v\` (\`version_production_id\`);`)
  await db.run(sql`CREATE INDEX \`_fragments_v_version_version_number_idx\` ON \`_fragments_v\` (\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`_fragments_v_version_version_updated_at_idx\` ON \`_fragments_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_fragments_v_version_version_created_at_idx\` ON \`_fragments_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_fragments_v_version_version__status_idx\` ON \`_fragments_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_fragments_v_created_at_idx\` ON \`_fragments_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_fragments_v_updated_at_idx\` ON \`_fragments_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_fragments_v_latest_idx\` ON \`_fragments_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_fragments_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_fragments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fragments_v_rels_order_idx\` ON \`_fragments_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_fragments_v_rels_parent_idx\` ON \`_fragments_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fragments_v_rels_path_idx\` ON \`_fragments_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_fragments_v_rels_themes_id_idx\` ON \`_fragments_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`activities_learning_domains\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_learning_domains_order_idx\` ON \`activities_learning_domains\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`activities_learning_domains_parent_idx\` ON \`activities_learning_domains\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_learning_domains_value_idx\` ON \`activities_learning_domains\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`activities_goals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_goals_order_idx\` ON \`activities_goals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`activities_goals_parent_id_idx\` ON \`activities_goals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`activities_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`optional\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_materials_order_idx\` ON \`activities_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`activities_materials_parent_id_idx\` ON \`activities_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`activities_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`instruction\` text,
  	\`facilitator_remark\` text,
  	\`suggested_text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_steps_order_idx\` ON \`activities_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`activities_steps_parent_id_idx\` ON \`activities_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`activities_key_messages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_key_messages_order_idx\` ON \`activities_key_messages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`activities_key_messages_parent_id_idx\` ON \`activities_key_messages\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`activities_stigma_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_stigma_types_order_idx\` ON \`activities_stigma_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`activities_stigma_types_parent_idx\` ON \`activities_stigma_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_stigma_types_value_idx\` ON \`activities_stigma_types\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`activities_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_audiences_order_idx\` ON \`activities_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`activities_audiences_parent_idx\` ON \`activities_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_audiences_value_idx\` ON \`activities_audiences\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`activities_settings\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_settings_order_idx\` ON \`activities_settings\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`activities_settings_parent_idx\` ON \`activities_settings\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_settings_value_idx\` ON \`activities_settings\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`activities_gaps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_gaps_order_idx\` ON \`activities_gaps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`activities_gaps_parent_id_idx\` ON \`activities_gaps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`activities\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`title\` text,
  	\`summary\` text,
  	\`duration_minutes_min\` numeric,
  	\`duration_minutes_max\` numeric,
  	\`source_document\` text,
  	\`source_location\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`activities_slug_idx\` ON \`activities\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`activities_updated_at_idx\` ON \`activities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`activities_created_at_idx\` ON \`activities\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`activities__status_idx\` ON \`activities\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`activities_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	\`interventions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interventions_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_rels_order_idx\` ON \`activities_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_parent_idx\` ON \`activities_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_path_idx\` ON \`activities_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_themes_id_idx\` ON \`activities_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_interventions_id_idx\` ON \`activities_rels\` (\`interventions_id\`);`)
  await db.run(sql`CREATE TABLE \`_activities_v_version_learning_domains\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_activities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_activities_v_version_learning_domains_order_idx\` ON \`_activities_v_version_learning_domains\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_learning_domains_parent_idx\` ON \`_activities_v_version_learning_domains\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_learning_domains_value_idx\` ON \`_activities_v_version_learning_domains\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_activities_v_version_goals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_activities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_activities_v_version_goals_order_idx\` ON \`_activities_v_version_goals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_goals_parent_id_idx\` ON \`_activities_v_version_goals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_activities_v_version_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`optional\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_activities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_activities_v_version_materials_order_idx\` ON \`_activities_v_version_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_materials_parent_id_idx\` ON \`_activities_v_version_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_activities_v_version_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`instruction\` text,
  	\`facilitator_remark\` text,
  	\`suggested_text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_activities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_activities_v_version_steps_order_idx\` ON \`_activities_v_version_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_steps_parent_id_idx\` ON \`_activities_v_version_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_activities_v_version_key_messages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_activities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_activities_v_version_key_messages_order_idx\` ON \`_activities_v_version_key_messages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_key_messages_parent_id_idx\` ON \`_activities_v_version_key_messages\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_activities_v_version_stigma_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_activities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_activities_v_version_stigma_types_order_idx\` ON \`_activities_v_version_stigma_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_stigma_types_parent_idx\` ON \`_activities_v_version_stigma_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_stigma_types_value_idx\` ON \`_activities_v_version_stigma_types\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_activities_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_activities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_activities_v_version_audiences_order_idx\` ON \`_activities_v_version_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_audiences_parent_idx\` ON \`_activities_v_version_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_audiences_value_idx\` ON \`_activities_v_version_audiences\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_activities_v_version_settings\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_activities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_activities_v_version_settings_order_idx\` ON \`_activities_v_version_settings\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_settings_parent_idx\` ON \`_activities_v_version_settings\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_settings_value_idx\` ON \`_activities_v_version_settings\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_activities_v_version_gaps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_activities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_activities_v_version_gaps_order_idx\` ON \`_activities_v_version_gaps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_gaps_parent_id_idx\` ON \`_activities_v_version_gaps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_activities_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_duration_minutes_min\` numeric,
  	\`version_duration_minutes_max\` numeric,
  	\`version_source_document\` text,
  	\`version_source_location\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_activities_v_parent_idx\` ON \`_activities_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_slug_idx\` ON \`_activities_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_updated_at_idx\` ON \`_activities_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_created_at_idx\` ON \`_activities_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version__status_idx\` ON \`_activities_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_created_at_idx\` ON \`_activities_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_updated_at_idx\` ON \`_activities_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_latest_idx\` ON \`_activities_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_activities_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	\`interventions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_activities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interventions_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_order_idx\` ON \`_activities_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_parent_idx\` ON \`_activities_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_path_idx\` ON \`_activities_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_themes_id_idx\` ON \`_activities_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_interventions_id_idx\` ON \`_activities_v_rels\` (\`interventions_id\`);`)
  await db.run(sql`CREATE TABLE \`interventions_also_known_as\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interventions_also_known_as_order_idx\` ON \`interventions_also_known_as\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`interventions_also_known_as_parent_id_idx\` ON \`interventions_also_known_as\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`interventions_formats\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interventions_formats_order_idx\` ON \`interventions_formats\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`interventions_formats_parent_idx\` ON \`interventions_formats\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interventions_formats_value_idx\` ON \`interventions_formats\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`interventions_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interventions_links_order_idx\` ON \`interventions_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`interventions_links_parent_id_idx\` ON \`interventions_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`interventions_stigma_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interventions_stigma_types_order_idx\` ON \`interventions_stigma_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`interventions_stigma_types_parent_idx\` ON \`interventions_stigma_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interventions_stigma_types_value_idx\` ON \`interventions_stigma_types\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`interventions_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interventions_audiences_order_idx\` ON \`interventions_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`interventions_audiences_parent_idx\` ON \`interventions_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interventions_audiences_value_idx\` ON \`interventions_audiences\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`interventions_settings\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interventions_settings_order_idx\` ON \`interventions_settings\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`interventions_settings_parent_idx\` ON \`interventions_settings\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interventions_settings_value_idx\` ON \`interventions_settings\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`interventions_gaps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interventions_gaps_order_idx\` ON \`interventions_gaps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`interventions_gaps_parent_id_idx\` ON \`interventions_gaps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`interventions\` (
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
  	\`evidence_level\` text DEFAULT 'not-assessed',
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
  await db.run(sql`CREATE UNIQUE INDEX \`interventions_slug_idx\` ON \`interventions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`interventions_abbreviation_idx\` ON \`interventions\` (\`abbreviation\`);`)
  await db.run(sql`CREATE INDEX \`interventions_evidence_level_idx\` ON \`interventions\` (\`evidence_level\`);`)
  await db.run(sql`CREATE INDEX \`interventions_familiarity_familiarity_evidence_idx\` ON \`interventions\` (\`familiarity_evidence_id\`);`)
  await db.run(sql`CREATE INDEX \`interventions_updated_at_idx\` ON \`interventions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`interventions_created_at_idx\` ON \`interventions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`interventions__status_idx\` ON \`interventions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`interventions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	\`interventions_id\` integer,
  	\`evidence_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interventions_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`evidence_id\`) REFERENCES \`evidence\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interventions_rels_order_idx\` ON \`interventions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`interventions_rels_parent_idx\` ON \`interventions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interventions_rels_path_idx\` ON \`interventions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`interventions_rels_themes_id_idx\` ON \`interventions_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`interventions_rels_interventions_id_idx\` ON \`interventions_rels\` (\`interventions_id\`);`)
  await db.run(sql`CREATE INDEX \`interventions_rels_evidence_id_idx\` ON \`interventions_rels\` (\`evidence_id\`);`)
  await db.run(sql`CREATE TABLE \`_interventions_v_version_also_known_as\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interventions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_also_known_as_order_idx\` ON \`_interventions_v_version_also_known_as\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_also_known_as_parent_id_idx\` ON \`_interventions_v_version_also_known_as\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_interventions_v_version_formats\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_interventions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_formats_order_idx\` ON \`_interventions_v_version_formats\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_formats_parent_idx\` ON \`_interventions_v_version_formats\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_formats_value_idx\` ON \`_interventions_v_version_formats\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_interventions_v_version_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interventions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_links_order_idx\` ON \`_interventions_v_version_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_links_parent_id_idx\` ON \`_interventions_v_version_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_interventions_v_version_stigma_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_interventions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_stigma_types_order_idx\` ON \`_interventions_v_version_stigma_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_stigma_types_parent_idx\` ON \`_interventions_v_version_stigma_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_stigma_types_value_idx\` ON \`_interventions_v_version_stigma_types\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_interventions_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_interventions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_audiences_order_idx\` ON \`_interventions_v_version_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_audiences_parent_idx\` ON \`_interventions_v_version_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_audiences_value_idx\` ON \`_interventions_v_version_audiences\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_interventions_v_version_settings\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_interventions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_settings_order_idx\` ON \`_interventions_v_version_settings\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_settings_parent_idx\` ON \`_interventions_v_version_settings\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_settings_value_idx\` ON \`_interventions_v_version_settings\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_interventions_v_version_gaps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interventions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_gaps_order_idx\` ON \`_interventions_v_version_gaps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_gaps_parent_id_idx\` ON \`_interventions_v_version_gaps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_interventions_v\` (
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
  	\`version_evidence_level\` text DEFAULT 'not-assessed',
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
  await db.run(sql`CREATE TABLE \`_interventions_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	\`interventions_id\` integer,
  	\`evidence_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_interventions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interventions_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`evidence_id\`) REFERENCES \`evidence\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interventions_v_rels_order_idx\` ON \`_interventions_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_rels_parent_idx\` ON \`_interventions_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_rels_path_idx\` ON \`_interventions_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_rels_themes_id_idx\` ON \`_interventions_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_rels_interventions_id_idx\` ON \`_interventions_v_rels\` (\`interventions_id\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_rels_evidence_id_idx\` ON \`_interventions_v_rels\` (\`evidence_id\`);`)
  await db.run(sql`CREATE TABLE \`evidence_rows\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`n\` numeric,
  	\`percent\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`evidence\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`evidence_rows_order_idx\` ON \`evidence_rows\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`evidence_rows_parent_id_idx\` ON \`evidence_rows\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`evidence_points\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`evidence\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`evidence_points_order_idx\` ON \`evidence_points\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`evidence_points_parent_id_idx\` ON \`evidence_points\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`evidence_stigma_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`evidence\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`evidence_stigma_types_order_idx\` ON \`evidence_stigma_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`evidence_stigma_types_parent_idx\` ON \`evidence_stigma_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`evidence_stigma_types_value_idx\` ON \`evidence_stigma_types\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`evidence_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`evidence\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`evidence_audiences_order_idx\` ON \`evidence_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`evidence_audiences_parent_idx\` ON \`evidence_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`evidence_audiences_value_idx\` ON \`evidence_audiences\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`evidence_settings\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`evidence\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`evidence_settings_order_idx\` ON \`evidence_settings\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`evidence_settings_parent_idx\` ON \`evidence_settings\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`evidence_settings_value_idx\` ON \`evidence_settings\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`evidence_gaps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`evidence\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`evidence_gaps_order_idx\` ON \`evidence_gaps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`evidence_gaps_parent_id_idx\` ON \`evidence_gaps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`evidence\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`kind\` text DEFAULT 'survey-table',
  	\`title\` text,
  	\`summary\` text,
  	\`table_number\` text,
  	\`population\` text,
  	\`respondents\` numeric,
  	\`max_answers\` numeric,
  	\`multiple_answers\` integer DEFAULT false,
  	\`question\` text,
  	\`compares_with_id\` integer,
  	\`statement\` text,
  	\`figure\` text,
  	\`citation_authors\` text,
  	\`citation_year\` numeric,
  	\`citation_title\` text,
  	\`source_document\` text,
  	\`source_location\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`compares_with_id\`) REFERENCES \`evidence\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`evidence_slug_idx\` ON \`evidence\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`evidence_kind_idx\` ON \`evidence\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`evidence_population_idx\` ON \`evidence\` (\`population\`);`)
  await db.run(sql`CREATE INDEX \`evidence_compares_with_idx\` ON \`evidence\` (\`compares_with_id\`);`)
  await db.run(sql`CREATE INDEX \`evidence_updated_at_idx\` ON \`evidence\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`evidence_created_at_idx\` ON \`evidence\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`evidence__status_idx\` ON \`evidence\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`evidence_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	\`interventions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`evidence\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interventions_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`evidence_rels_order_idx\` ON \`evidence_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`evidence_rels_parent_idx\` ON \`evidence_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`evidence_rels_path_idx\` ON \`evidence_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`evidence_rels_themes_id_idx\` ON \`evidence_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`evidence_rels_interventions_id_idx\` ON \`evidence_rels\` (\`interventions_id\`);`)
  await db.run(sql`CREATE TABLE \`_evidence_v_version_rows\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`n\` numeric,
  	\`percent\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_evidence_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_rows_order_idx\` ON \`_evidence_v_version_rows\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_rows_parent_id_idx\` ON \`_evidence_v_version_rows\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_evidence_v_version_points\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_evidence_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_points_order_idx\` ON \`_evidence_v_version_points\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_points_parent_id_idx\` ON \`_evidence_v_version_points\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_evidence_v_version_stigma_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_evidence_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_stigma_types_order_idx\` ON \`_evidence_v_version_stigma_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_stigma_types_parent_idx\` ON \`_evidence_v_version_stigma_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_stigma_types_value_idx\` ON \`_evidence_v_version_stigma_types\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_evidence_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_evidence_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_audiences_order_idx\` ON \`_evidence_v_version_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_audiences_parent_idx\` ON \`_evidence_v_version_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_audiences_value_idx\` ON \`_evidence_v_version_audiences\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_evidence_v_version_settings\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_evidence_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_settings_order_idx\` ON \`_evidence_v_version_settings\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_settings_parent_idx\` ON \`_evidence_v_version_settings\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_settings_value_idx\` ON \`_evidence_v_version_settings\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_evidence_v_version_gaps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_evidence_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_gaps_order_idx\` ON \`_evidence_v_version_gaps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_gaps_parent_id_idx\` ON \`_evidence_v_version_gaps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_evidence_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_kind\` text DEFAULT 'survey-table',
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_table_number\` text,
  	\`version_population\` text,
  	\`version_respondents\` numeric,
  	\`version_max_answers\` numeric,
  	\`version_multiple_answers\` integer DEFAULT false,
  	\`version_question\` text,
  	\`version_compares_with_id\` integer,
  	\`version_statement\` text,
  	\`version_figure\` text,
  	\`version_citation_authors\` text,
  	\`version_citation_year\` numeric,
  	\`version_citation_title\` text,
  	\`version_source_document\` text,
  	\`version_source_location\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`evidence\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_compares_with_id\`) REFERENCES \`evidence\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_evidence_v_parent_idx\` ON \`_evidence_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_version_slug_idx\` ON \`_evidence_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_version_kind_idx\` ON \`_evidence_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_version_population_idx\` ON \`_evidence_v\` (\`version_population\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_version_compares_with_idx\` ON \`_evidence_v\` (\`version_compares_with_id\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_version_updated_at_idx\` ON \`_evidence_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_version_created_at_idx\` ON \`_evidence_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_version__status_idx\` ON \`_evidence_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_created_at_idx\` ON \`_evidence_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_updated_at_idx\` ON \`_evidence_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_latest_idx\` ON \`_evidence_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_evidence_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	\`interventions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_evidence_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interventions_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_evidence_v_rels_order_idx\` ON \`_evidence_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_rels_parent_idx\` ON \`_evidence_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_rels_path_idx\` ON \`_evidence_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_rels_themes_id_idx\` ON \`_evidence_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_rels_interventions_id_idx\` ON \`_evidence_v_rels\` (\`interventions_id\`);`)
  await db.run(sql`CREATE TABLE \`cases_responses\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`response\` text,
  	\`ladder_step\` numeric,
  	\`likely_reaction\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`cases_responses_order_idx\` ON \`cases_responses\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`cases_responses_parent_id_idx\` ON \`cases_responses\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`cases_stigma_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`cases_stigma_types_order_idx\` ON \`cases_stigma_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`cases_stigma_types_parent_idx\` ON \`cases_stigma_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_stigma_types_value_idx\` ON \`cases_stigma_types\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`cases_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`cases_audiences_order_idx\` ON \`cases_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`cases_audiences_parent_idx\` ON \`cases_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_audiences_value_idx\` ON \`cases_audiences\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`cases_settings\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`cases_settings_order_idx\` ON \`cases_settings\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`cases_settings_parent_idx\` ON \`cases_settings\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_settings_value_idx\` ON \`cases_settings\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`cases_gaps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`cases_gaps_order_idx\` ON \`cases_gaps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`cases_gaps_parent_id_idx\` ON \`cases_gaps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`cases\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`title\` text,
  	\`person\` text,
  	\`summary\` text,
  	\`situation_who\` text,
  	\`situation_wants\` text,
  	\`situation_happened\` text,
  	\`situation_problems\` text,
  	\`where_to_find\` text,
  	\`source_document\` text,
  	\`source_location\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`cases_slug_idx\` ON \`cases\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`cases_updated_at_idx\` ON \`cases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`cases_created_at_idx\` ON \`cases\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`cases__status_idx\` ON \`cases\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`cases_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`cases_rels_order_idx\` ON \`cases_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`cases_rels_parent_idx\` ON \`cases_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_rels_path_idx\` ON \`cases_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`cases_rels_themes_id_idx\` ON \`cases_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`_cases_v_version_responses\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`response\` text,
  	\`ladder_step\` numeric,
  	\`likely_reaction\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_cases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_cases_v_version_responses_order_idx\` ON \`_cases_v_version_responses\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_responses_parent_id_idx\` ON \`_cases_v_version_responses\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_cases_v_version_stigma_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_cases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_cases_v_version_stigma_types_order_idx\` ON \`_cases_v_version_stigma_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_stigma_types_parent_idx\` ON \`_cases_v_version_stigma_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_stigma_types_value_idx\` ON \`_cases_v_version_stigma_types\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_cases_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_cases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_cases_v_version_audiences_order_idx\` ON \`_cases_v_version_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_audiences_parent_idx\` ON \`_cases_v_version_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_audiences_value_idx\` ON \`_cases_v_version_audiences\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_cases_v_version_settings\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_cases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_cases_v_version_settings_order_idx\` ON \`_cases_v_version_settings\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_settings_parent_idx\` ON \`_cases_v_version_settings\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_settings_value_idx\` ON \`_cases_v_version_settings\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_cases_v_version_gaps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_cases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_cases_v_version_gaps_order_idx\` ON \`_cases_v_version_gaps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_gaps_parent_id_idx\` ON \`_cases_v_version_gaps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_cases_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_title\` text,
  	\`version_person\` text,
  	\`version_summary\` text,
  	\`version_situation_who\` text,
  	\`version_situation_wants\` text,
  	\`version_situation_happened\` text,
  	\`version_situation_problems\` text,
  	\`version_where_to_find\` text,
  	\`version_source_document\` text,
  	\`version_source_location\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_cases_v_parent_idx\` ON \`_cases_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_slug_idx\` ON \`_cases_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_updated_at_idx\` ON \`_cases_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_created_at_idx\` ON \`_cases_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version__status_idx\` ON \`_cases_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_created_at_idx\` ON \`_cases_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_updated_at_idx\` ON \`_cases_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_latest_idx\` ON \`_cases_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_cases_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_cases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_cases_v_rels_order_idx\` ON \`_cases_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_rels_parent_idx\` ON \`_cases_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_rels_path_idx\` ON \`_cases_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_rels_themes_id_idx\` ON \`_cases_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`guidance_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guidance\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guidance_items_order_idx\` ON \`guidance_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guidance_items_parent_id_idx\` ON \`guidance_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`guidance_stigma_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guidance\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guidance_stigma_types_order_idx\` ON \`guidance_stigma_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`guidance_stigma_types_parent_idx\` ON \`guidance_stigma_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guidance_stigma_types_value_idx\` ON \`guidance_stigma_types\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`guidance_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guidance\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guidance_audiences_order_idx\` ON \`guidance_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`guidance_audiences_parent_idx\` ON \`guidance_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guidance_audiences_value_idx\` ON \`guidance_audiences\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`guidance_settings\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guidance\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guidance_settings_order_idx\` ON \`guidance_settings\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`guidance_settings_parent_idx\` ON \`guidance_settings\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guidance_settings_value_idx\` ON \`guidance_settings\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`guidance_gaps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guidance\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guidance_gaps_order_idx\` ON \`guidance_gaps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guidance_gaps_parent_id_idx\` ON \`guidance_gaps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`guidance\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`title\` text,
  	\`intro\` text,
  	\`source_document\` text,
  	\`source_location\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`guidance_slug_idx\` ON \`guidance\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`guidance_updated_at_idx\` ON \`guidance\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`guidance_created_at_idx\` ON \`guidance\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`guidance__status_idx\` ON \`guidance\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`guidance_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guidance\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guidance_rels_order_idx\` ON \`guidance_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`guidance_rels_parent_idx\` ON \`guidance_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guidance_rels_path_idx\` ON \`guidance_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`guidance_rels_themes_id_idx\` ON \`guidance_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`_guidance_v_version_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guidance_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guidance_v_version_items_order_idx\` ON \`_guidance_v_version_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_v_version_items_parent_id_idx\` ON \`_guidance_v_version_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_guidance_v_version_stigma_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_guidance_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guidance_v_version_stigma_types_order_idx\` ON \`_guidance_v_version_stigma_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_v_version_stigma_types_parent_idx\` ON \`_guidance_v_version_stigma_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_v_version_stigma_types_value_idx\` ON \`_guidance_v_version_stigma_types\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_guidance_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_guidance_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guidance_v_version_audiences_order_idx\` ON \`_guidance_v_version_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_v_version_audiences_parent_idx\` ON \`_guidance_v_version_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_v_version_audiences_value_idx\` ON \`_guidance_v_version_audiences\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_guidance_v_version_settings\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_guidance_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guidance_v_version_settings_order_idx\` ON \`_guidance_v_version_settings\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_v_version_settings_parent_idx\` ON \`_guidance_v_version_settings\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_v_version_settings_value_idx\` ON \`_guidance_v_version_settings\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_guidance_v_version_gaps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guidance_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guidance_v_version_gaps_order_idx\` ON \`_guidance_v_version_gaps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_v_version_gaps_parent_id_idx\` ON \`_guidance_v_version_gaps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_guidance_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_title\` text,
  	\`version_intro\` text,
  	\`version_source_document\` text,
  	\`version_source_location\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guidance\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_guidance_v_parent_idx\` ON \`_guidance_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_v_version_version_slug_idx\` ON \`_guidance_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_v_version_version_updated_at_idx\` ON \`_guidance_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_v_version_version_created_at_idx\` ON \`_guidance_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_v_version_version__status_idx\` ON \`_guidance_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_v_created_at_idx\` ON \`_guidance_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_v_updated_at_idx\` ON \`_guidance_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_v_latest_idx\` ON \`_guidance_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_guidance_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_guidance_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guidance_v_rels_order_idx\` ON \`_guidance_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_v_rels_parent_idx\` ON \`_guidance_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_v_rels_path_idx\` ON \`_guidance_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_v_rels_themes_id_idx\` ON \`_guidance_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`themes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`name\` text,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`themes_slug_idx\` ON \`themes\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`themes_updated_at_idx\` ON \`themes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`themes_created_at_idx\` ON \`themes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`themes__status_idx\` ON \`themes\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_themes_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_name\` text,
  	\`version_description\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_themes_v_parent_idx\` ON \`_themes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_version_slug_idx\` ON \`_themes_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_version_updated_at_idx\` ON \`_themes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_version_created_at_idx\` ON \`_themes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_version__status_idx\` ON \`_themes_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_created_at_idx\` ON \`_themes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_updated_at_idx\` ON \`_themes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_latest_idx\` ON \`_themes_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
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
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
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
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`productions_id\` integer,
  	\`fragments_id\` integer,
  	\`activities_id\` integer,
  	\`interventions_id\` integer,
  	\`evidence_id\` integer,
  	\`cases_id\` integer,
  	\`guidance_id\` integer,
  	\`themes_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`productions_id\`) REFERENCES \`productions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fragments_id\`) REFERENCES \`fragments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`activities_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interventions_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`evidence_id\`) REFERENCES \`evidence\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cases_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guidance_id\`) REFERENCES \`guidance\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_productions_id_idx\` ON \`payload_locked_documents_rels\` (\`productions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_fragments_id_idx\` ON \`payload_locked_documents_rels\` (\`fragments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_activities_id_idx\` ON \`payload_locked_documents_rels\` (\`activities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_interventions_id_idx\` ON \`payload_locked_documents_rels\` (\`interventions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_evidence_id_idx\` ON \`payload_locked_documents_rels\` (\`evidence_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cases_id_idx\` ON \`payload_locked_documents_rels\` (\`cases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guidance_id_idx\` ON \`payload_locked_documents_rels\` (\`guidance_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
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
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`productions_occasions\`;`)
  await db.run(sql`DROP TABLE \`productions_contents\`;`)
  await db.run(sql`DROP TABLE \`productions_session_guide_actions\`;`)
  await db.run(sql`DROP TABLE \`productions_session_guide\`;`)
  await db.run(sql`DROP TABLE \`productions_tips\`;`)
  await db.run(sql`DROP TABLE \`productions_slide_outline\`;`)
  await db.run(sql`DROP TABLE \`productions_stigma_types\`;`)
  await db.run(sql`DROP TABLE \`productions_audiences\`;`)
  await db.run(sql`DROP TABLE \`productions_settings\`;`)
  await db.run(sql`DROP TABLE \`productions_gaps\`;`)
  await db.run(sql`DROP TABLE \`productions\`;`)
  await db.run(sql`DROP TABLE \`productions_rels\`;`)
  await db.run(sql`DROP TABLE \`_productions_v_version_occasions\`;`)
  await db.run(sql`DROP TABLE \`_productions_v_version_contents\`;`)
  await db.run(sql`DROP TABLE \`_productions_v_version_session_guide_actions\`;`)
  await db.run(sql`DROP TABLE \`_productions_v_version_session_guide\`;`)
  await db.run(sql`DROP TABLE \`_productions_v_version_tips\`;`)
  await db.run(sql`DROP TABLE \`_productions_v_version_slide_outline\`;`)
  await db.run(sql`DROP TABLE \`_productions_v_version_stigma_types\`;`)
  await db.run(sql`DROP TABLE \`_productions_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_productions_v_version_settings\`;`)
  await db.run(sql`DROP TABLE \`_productions_v_version_gaps\`;`)
  await db.run(sql`DROP TABLE \`_productions_v\`;`)
  await db.run(sql`DROP TABLE \`_productions_v_rels\`;`)
  await db.run(sql`DROP TABLE \`fragments_questions_general\`;`)
  await db.run(sql`DROP TABLE \`fragments_questions_practice\`;`)
  await db.run(sql`DROP TABLE \`fragments_questions_thematic\`;`)
  await db.run(sql`DROP TABLE \`fragments_questions_stigma\`;`)
  await db.run(sql`DROP TABLE \`fragments_stigma_types\`;`)
  await db.run(sql`DROP TABLE \`fragments_audiences\`;`)
  await db.run(sql`DROP TABLE \`fragments_settings\`;`)
  await db.run(sql`DROP TABLE \`fragments_gaps\`;`)
  await db.run(sql`DROP TABLE \`fragments\`;`)
  await db.run(sql`DROP TABLE \`fragments_rels\`;`)
  await db.run(sql`DROP TABLE \`_fragments_v_version_questions_general\`;`)
  await db.run(sql`DROP TABLE \`_fragments_v_version_questions_practice\`;`)
  await db.run(sql`DROP TABLE \`_fragments_v_version_questions_thematic\`;`)
  await db.run(sql`DROP TABLE \`_fragments_v_version_questions_stigma\`;`)
  await db.run(sql`DROP TABLE \`_fragments_v_version_stigma_types\`;`)
  await db.run(sql`DROP TABLE \`_fragments_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_fragments_v_version_settings\`;`)
  await db.run(sql`DROP TABLE \`_fragments_v_version_gaps\`;`)
  await db.run(sql`DROP TABLE \`_fragments_v\`;`)
  await db.run(sql`DROP TABLE \`_fragments_v_rels\`;`)
  await db.run(sql`DROP TABLE \`activities_learning_domains\`;`)
  await db.run(sql`DROP TABLE \`activities_goals\`;`)
  await db.run(sql`DROP TABLE \`activities_materials\`;`)
  await db.run(sql`DROP TABLE \`activities_steps\`;`)
  await db.run(sql`DROP TABLE \`activities_key_messages\`;`)
  await db.run(sql`DROP TABLE \`activities_stigma_types\`;`)
  await db.run(sql`DROP TABLE \`activities_audiences\`;`)
  await db.run(sql`DROP TABLE \`activities_settings\`;`)
  await db.run(sql`DROP TABLE \`activities_gaps\`;`)
  await db.run(sql`DROP TABLE \`activities\`;`)
  await db.run(sql`DROP TABLE \`activities_rels\`;`)
  await db.run(sql`DROP TABLE \`_activities_v_version_learning_domains\`;`)
  await db.run(sql`DROP TABLE \`_activities_v_version_goals\`;`)
  await db.run(sql`DROP TABLE \`_activities_v_version_materials\`;`)
  await db.run(sql`DROP TABLE \`_activities_v_version_steps\`;`)
  await db.run(sql`DROP TABLE \`_activities_v_version_key_messages\`;`)
  await db.run(sql`DROP TABLE \`_activities_v_version_stigma_types\`;`)
  await db.run(sql`DROP TABLE \`_activities_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_activities_v_version_settings\`;`)
  await db.run(sql`DROP TABLE \`_activities_v_version_gaps\`;`)
  await db.run(sql`DROP TABLE \`_activities_v\`;`)
  await db.run(sql`DROP TABLE \`_activities_v_rels\`;`)
  await db.run(sql`DROP TABLE \`interventions_also_known_as\`;`)
  await db.run(sql`DROP TABLE \`interventions_formats\`;`)
  await db.run(sql`DROP TABLE \`interventions_links\`;`)
  await db.run(sql`DROP TABLE \`interventions_stigma_types\`;`)
  await db.run(sql`DROP TABLE \`interventions_audiences\`;`)
  await db.run(sql`DROP TABLE \`interventions_settings\`;`)
  await db.run(sql`DROP TABLE \`interventions_gaps\`;`)
  await db.run(sql`DROP TABLE \`interventions\`;`)
  await db.run(sql`DROP TABLE \`interventions_rels\`;`)
  await db.run(sql`DROP TABLE \`_interventions_v_version_also_known_as\`;`)
  await db.run(sql`DROP TABLE \`_interventions_v_version_formats\`;`)
  await db.run(sql`DROP TABLE \`_interventions_v_version_links\`;`)
  await db.run(sql`DROP TABLE \`_interventions_v_version_stigma_types\`;`)
  await db.run(sql`DROP TABLE \`_interventions_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_interventions_v_version_settings\`;`)
  await db.run(sql`DROP TABLE \`_interventions_v_version_gaps\`;`)
  await db.run(sql`DROP TABLE \`_interventions_v\`;`)
  await db.run(sql`DROP TABLE \`_interventions_v_rels\`;`)
  await db.run(sql`DROP TABLE \`evidence_rows\`;`)
  await db.run(sql`DROP TABLE \`evidence_points\`;`)
  await db.run(sql`DROP TABLE \`evidence_stigma_types\`;`)
  await db.run(sql`DROP TABLE \`evidence_audiences\`;`)
  await db.run(sql`DROP TABLE \`evidence_settings\`;`)
  await db.run(sql`DROP TABLE \`evidence_gaps\`;`)
  await db.run(sql`DROP TABLE \`evidence\`;`)
  await db.run(sql`DROP TABLE \`evidence_rels\`;`)
  await db.run(sql`DROP TABLE \`_evidence_v_version_rows\`;`)
  await db.run(sql`DROP TABLE \`_evidence_v_version_points\`;`)
  await db.run(sql`DROP TABLE \`_evidence_v_version_stigma_types\`;`)
  await db.run(sql`DROP TABLE \`_evidence_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_evidence_v_version_settings\`;`)
  await db.run(sql`DROP TABLE \`_evidence_v_version_gaps\`;`)
  await db.run(sql`DROP TABLE \`_evidence_v\`;`)
  await db.run(sql`DROP TABLE \`_evidence_v_rels\`;`)
  await db.run(sql`DROP TABLE \`cases_responses\`;`)
  await db.run(sql`DROP TABLE \`cases_stigma_types\`;`)
  await db.run(sql`DROP TABLE \`cases_audiences\`;`)
  await db.run(sql`DROP TABLE \`cases_settings\`;`)
  await db.run(sql`DROP TABLE \`cases_gaps\`;`)
  await db.run(sql`DROP TABLE \`cases\`;`)
  await db.run(sql`DROP TABLE \`cases_rels\`;`)
  await db.run(sql`DROP TABLE \`_cases_v_version_responses\`;`)
  await db.run(sql`DROP TABLE \`_cases_v_version_stigma_types\`;`)
  await db.run(sql`DROP TABLE \`_cases_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_cases_v_version_settings\`;`)
  await db.run(sql`DROP TABLE \`_cases_v_version_gaps\`;`)
  await db.run(sql`DROP TABLE \`_cases_v\`;`)
  await db.run(sql`DROP TABLE \`_cases_v_rels\`;`)
  await db.run(sql`DROP TABLE \`guidance_items\`;`)
  await db.run(sql`DROP TABLE \`guidance_stigma_types\`;`)
  await db.run(sql`DROP TABLE \`guidance_audiences\`;`)
  await db.run(sql`DROP TABLE \`guidance_settings\`;`)
  await db.run(sql`DROP TABLE \`guidance_gaps\`;`)
  await db.run(sql`DROP TABLE \`guidance\`;`)
  await db.run(sql`DROP TABLE \`guidance_rels\`;`)
  await db.run(sql`DROP TABLE \`_guidance_v_version_items\`;`)
  await db.run(sql`DROP TABLE \`_guidance_v_version_stigma_types\`;`)
  await db.run(sql`DROP TABLE \`_guidance_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_guidance_v_version_settings\`;`)
  await db.run(sql`DROP TABLE \`_guidance_v_version_gaps\`;`)
  await db.run(sql`DROP TABLE \`_guidance_v\`;`)
  await db.run(sql`DROP TABLE \`_guidance_v_rels\`;`)
  await db.run(sql`DROP TABLE \`themes\`;`)
  await db.run(sql`DROP TABLE \`_themes_v\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}

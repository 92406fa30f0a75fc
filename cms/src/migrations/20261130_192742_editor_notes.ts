import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The free-text gap notes ("Ontbreekt nog in de bronnen") become editor-only
 * notes ("Toelichting voor de redactie", field `editorNotes`). What a
 * document lacks is computed now (virtual field `completeness`, no column).
 * The rows are copied, so no note is lost.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`productions_editor_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`productions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`productions_editor_notes_order_idx\` ON \`productions_editor_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`productions_editor_notes_parent_id_idx\` ON \`productions_editor_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_productions_v_version_editor_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_productions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_productions_v_version_editor_notes_order_idx\` ON \`_productions_v_version_editor_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_productions_v_version_editor_notes_parent_id_idx\` ON \`_productions_v_version_editor_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fragments_editor_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fragments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fragments_editor_notes_order_idx\` ON \`fragments_editor_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fragments_editor_notes_parent_id_idx\` ON \`fragments_editor_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fragments_v_version_editor_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fragments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fragments_v_version_editor_notes_order_idx\` ON \`_fragments_v_version_editor_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fragments_v_version_editor_notes_parent_id_idx\` ON \`_fragments_v_version_editor_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`activities_editor_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_editor_notes_order_idx\` ON \`activities_editor_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`activities_editor_notes_parent_id_idx\` ON \`activities_editor_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_activities_v_version_editor_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_activities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_activities_v_version_editor_notes_order_idx\` ON \`_activities_v_version_editor_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_editor_notes_parent_id_idx\` ON \`_activities_v_version_editor_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`interventions_editor_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interventions_editor_notes_order_idx\` ON \`interventions_editor_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`interventions_editor_notes_parent_id_idx\` ON \`interventions_editor_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_interventions_v_version_editor_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interventions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_editor_notes_order_idx\` ON \`_interventions_v_version_editor_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_editor_notes_parent_id_idx\` ON \`_interventions_v_version_editor_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`evidence_editor_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`evidence\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`evidence_editor_notes_order_idx\` ON \`evidence_editor_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`evidence_editor_notes_parent_id_idx\` ON \`evidence_editor_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_evidence_v_version_editor_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_evidence_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_editor_notes_order_idx\` ON \`_evidence_v_version_editor_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_editor_notes_parent_id_idx\` ON \`_evidence_v_version_editor_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`cases_editor_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`cases_editor_notes_order_idx\` ON \`cases_editor_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`cases_editor_notes_parent_id_idx\` ON \`cases_editor_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_cases_v_version_editor_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_cases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_cases_v_version_editor_notes_order_idx\` ON \`_cases_v_version_editor_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_editor_notes_parent_id_idx\` ON \`_cases_v_version_editor_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`guidance_editor_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guidance\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guidance_editor_notes_order_idx\` ON \`guidance_editor_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guidance_editor_notes_parent_id_idx\` ON \`guidance_editor_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_guidance_v_version_editor_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guidance_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guidance_v_version_editor_notes_order_idx\` ON \`_guidance_v_version_editor_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_v_version_editor_notes_parent_id_idx\` ON \`_guidance_v_version_editor_notes\` (\`_parent_id\`);`)
  // The gap notes become editor notes: keep every row, of documents and of their versions.
  await db.run(sql`INSERT INTO \`productions_editor_notes\` (\`_order\`, \`_parent_id\`, \`id\`, \`text\`) SELECT \`_order\`, \`_parent_id\`, \`id\`, \`text\` FROM \`productions_gaps\`;`)
  await db.run(sql`INSERT INTO \`_productions_v_version_editor_notes\` (\`_order\`, \`_parent_id\`, \`id\`, \`text\`, \`_uuid\`) SELECT \`_order\`, \`_parent_id\`, \`id\`, \`text\`, \`_uuid\` FROM \`_productions_v_version_gaps\`;`)
  await db.run(sql`INSERT INTO \`fragments_editor_notes\` (\`_order\`, \`_parent_id\`, \`id\`, \`text\`) SELECT \`_order\`, \`_parent_id\`, \`id\`, \`text\` FROM \`fragments_gaps\`;`)
  await db.run(sql`INSERT INTO \`_fragments_v_version_editor_notes\` (\`_order\`, \`_parent_id\`, \`id\`, \`text\`, \`_uuid\`) SELECT \`_order\`, \`_parent_id\`, \`id\`, \`text\`, \`_uuid\` FROM \`_fragments_v_version_gaps\`;`)
  await db.run(sql`INSERT INTO \`activities_editor_notes\` (\`_order\`, \`_parent_id\`, \`id\`, \`text\`) SELECT \`_order\`, \`_parent_id\`, \`id\`, \`text\` FROM \`activities_gaps\`;`)
  await db.run(sql`INSERT INTO \`_activities_v_version_editor_notes\` (\`_order\`, \`_parent_id\`, \`id\`, \`text\`, \`_uuid\`) SELECT \`_order\`, \`_parent_id\`, \`id\`, \`text\`, \`_uuid\` FROM \`_activities_v_version_gaps\`;`)
  await db.run(sql`INSERT INTO \`interventions_editor_notes\` (\`_order\`, \`_parent_id\`, \`id\`, \`text\`) SELECT \`_order\`, \`_parent_id\`, \`id\`, \`text\` FROM \`interventions_gaps\`;`)
  await db.run(sql`INSERT INTO \`_interventions_v_version_editor_notes\` (\`_order\`, \`_parent_id\`, \`id\`, \`text\`, \`_uuid\`) SELECT \`_order\`, \`_parent_id\`, \`id\`, \`text\`, \`_uuid\` FROM \`_interventions_v_version_gaps\`;`)
  await db.run(sql`INSERT INTO \`evidence_editor_notes\` (\`_order\`, \`_parent_id\`, \`id\`, \`text\`) SELECT \`_order\`, \`_parent_id\`, \`id\`, \`text\` FROM \`evidence_gaps\`;`)
  await db.run(sql`INSERT INTO \`_evidence_v_version_editor_notes\` (\`_order\`, \`_parent_id\`, \`id\`, \`text\`, \`_uuid\`) SELECT \`_order\`, \`_parent_id\`, \`id\`, \`text\`, \`_uuid\` FROM \`_evidence_v_version_gaps\`;`)
  await db.run(sql`INSERT INTO \`cases_editor_notes\` (\`_order\`, \`_parent_id\`, \`id\`, \`text\`) SELECT \`_order\`, \`_parent_id\`, \`id\`, \`text\` FROM \`cases_gaps\`;`)
  await db.run(sql`INSERT INTO \`_cases_v_version_editor_notes\` (\`_order\`, \`_parent_id\`, \`id\`, \`text\`, \`_uuid\`) SELECT \`_order\`, \`_parent_id\`, \`id\`, \`text\`, \`_uuid\` FROM \`_cases_v_version_gaps\`;`)
  await db.run(sql`INSERT INTO \`guidance_editor_notes\` (\`_order\`, \`_parent_id\`, \`id\`, \`text\`) SELECT \`_order\`, \`_parent_id\`, \`id\`, \`text\` FROM \`guidance_gaps\`;`)
  await db.run(sql`INSERT INTO \`_guidance_v_version_editor_notes\` (\`_order\`, \`_parent_id\`, \`id\`, \`text\`, \`_uuid\`) SELECT \`_order\`, \`_parent_id\`, \`id\`, \`text\`, \`_uuid\` FROM \`_guidance_v_version_gaps\`;`)
  await db.run(sql`DROP TABLE \`productions_gaps\`;`)
  await db.run(sql`DROP TABLE \`_productions_v_version_gaps\`;`)
  await db.run(sql`DROP TABLE \`fragments_gaps\`;`)
  await db.run(sql`DROP TABLE \`_fragments_v_version_gaps\`;`)
  await db.run(sql`DROP TABLE \`activities_gaps\`;`)
  await db.run(sql`DROP TABLE \`_activities_v_version_gaps\`;`)
  await db.run(sql`DROP TABLE \`interventions_gaps\`;`)
  await db.run(sql`DROP TABLE \`_interventions_v_version_gaps\`;`)
  await db.run(sql`DROP TABLE \`evidence_gaps\`;`)
  await db.run(sql`DROP TABLE \`_evidence_v_version_gaps\`;`)
  await db.run(sql`DROP TABLE \`cases_gaps\`;`)
  await db.run(sql`DROP TABLE \`_cases_v_version_gaps\`;`)
  await db.run(sql`DROP TABLE \`guidance_gaps\`;`)
  await db.run(sql`DROP TABLE \`_guidance_v_version_gaps\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
  // Put the editor notes back as gap notes.
  await db.run(sql`INSERT INTO \`productions_gaps\` (\`_order\`, \`_parent_id\`, \`id\`, \`text\`) SELECT \`_order\`, \`_parent_id\`, \`id\`, \`text\` FROM \`productions_editor_notes\`;`)
  await db.run(sql`INSERT INTO \`_productions_v_version_gaps\` (\`_order\`, \`_parent_id\`, \`id\`, \`text\`, \`_uuid\`) SELECT \`_order\`, \`_parent_id\`, \`id\`, \`text\`, \`_uuid\` FROM \`_productions_v_version_editor_notes\`;`)
  await db.run(sql`INSERT INTO \`fragments_gaps\` (\`_order\`, \`_parent_id\`, \`id\`, \`text\`) SELECT \`_order\`, \`_parent_id\`, \`id\`, \`text\` FROM \`fragments_editor_notes\`;`)
  await db.run(sql`INSERT INTO \`_fragments_v_version_gaps\` (\`_order\`, \`_parent_id\`, \`id\`, \`text\`, \`_uuid\`) SELECT \`_order\`, \`_parent_id\`, \`id\`, \`text\`, \`_uuid\` FROM \`_fragments_v_version_editor_notes\`;`)
  await db.run(sql`INSERT INTO \`activities_gaps\` (\`_order\`, \`_parent_id\`, \`id\`, \`text\`) SELECT \`_order\`, \`_parent_id\`, \`id\`, \`text\` FROM \`activities_editor_notes\`;`)
  await db.run(sql`INSERT INTO \`_activities_v_version_gaps\` (\`_order\`, \`_parent_id\`, \`id\`, \`text\`, \`_uuid\`) SELECT \`_order\`, \`_parent_id\`, \`id\`, \`text\`, \`_uuid\` FROM \`_activities_v_version_editor_notes\`;`)
  await db.run(sql`INSERT INTO \`interventions_gaps\` (\`_order\`, \`_parent_id\`, \`id\`, \`text\`) SELECT \`_order\`, \`_parent_id\`, \`id\`, \`text\` FROM \`interventions_editor_notes\`;`)
  await db.run(sql`INSERT INTO \`_interventions_v_version_gaps\` (\`_order\`, \`_parent_id\`, \`id\`, \`text\`, \`_uuid\`) SELECT \`_order\`, \`_parent_id\`, \`id\`, \`text\`, \`_uuid\` FROM \`_interventions_v_version_editor_notes\`;`)
  await db.run(sql`INSERT INTO \`evidence_gaps\` (\`_order\`, \`_parent_id\`, \`id\`, \`text\`) SELECT \`_order\`, \`_parent_id\`, \`id\`, \`text\` FROM \`evidence_editor_notes\`;`)
  await db.run(sql`INSERT INTO \`_evidence_v_version_gaps\` (\`_order\`, \`_parent_id\`, \`id\`, \`text\`, \`_uuid\`) SELECT \`_order\`, \`_parent_id\`, \`id\`, \`text\`, \`_uuid\` FROM \`_evidence_v_version_editor_notes\`;`)
  await db.run(sql`INSERT INTO \`cases_gaps\` (\`_order\`, \`_parent_id\`, \`id\`, \`text\`) SELECT \`_order\`, \`_parent_id\`, \`id\`, \`text\` FROM \`cases_editor_notes\`;`)
  await db.run(sql`INSERT INTO \`_cases_v_version_gaps\` (\`_order\`, \`_parent_id\`, \`id\`, \`text\`, \`_uuid\`) SELECT \`_order\`, \`_parent_id\`, \`id\`, \`text\`, \`_uuid\` FROM \`_cases_v_version_editor_notes\`;`)
  await db.run(sql`INSERT INTO \`guidance_gaps\` (\`_order\`, \`_parent_id\`, \`id\`, \`text\`) SELECT \`_order\`, \`_parent_id\`, \`id\`, \`text\` FROM \`guidance_editor_notes\`;`)
  await db.run(sql`INSERT INTO \`_guidance_v_version_gaps\` (\`_order\`, \`_parent_id\`, \`id\`, \`text\`, \`_uuid\`) SELECT \`_order\`, \`_parent_id\`, \`id\`, \`text\`, \`_uuid\` FROM \`_guidance_v_version_editor_notes\`;`)
  await db.run(sql`DROP TABLE \`productions_editor_notes\`;`)
  await db.run(sql`DROP TABLE \`_productions_v_version_editor_notes\`;`)
  await db.run(sql`DROP TABLE \`fragments_editor_notes\`;`)
  await db.run(sql`DROP TABLE \`_fragments_v_version_editor_notes\`;`)
  await db.run(sql`DROP TABLE \`activities_editor_notes\`;`)
  await db.run(sql`DROP TABLE \`_activities_v_version_editor_notes\`;`)
  await db.run(sql`DROP TABLE \`interventions_editor_notes\`;`)
  await db.run(sql`DROP TABLE \`_interventions_v_version_editor_notes\`;`)
  await db.run(sql`DROP TABLE \`evidence_editor_notes\`;`)
  await db.run(sql`DROP TABLE \`_evidence_v_version_editor_notes\`;`)
  await db.run(sql`DROP TABLE \`cases_editor_notes\`;`)
  await db.run(sql`DROP TABLE \`_cases_v_version_editor_notes\`;`)
  await db.run(sql`DROP TABLE \`guidance_editor_notes\`;`)
  await db.run(sql`DROP TABLE \`_guidance_v_version_editor_notes\`;`)
}

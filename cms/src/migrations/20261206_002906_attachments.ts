import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`attachments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`kind\` text NOT NULL,
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
  await db.run(sql`CREATE INDEX \`attachments_updated_at_idx\` ON \`attachments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`attachments_created_at_idx\` ON \`attachments\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`attachments_filename_idx\` ON \`attachments\` (\`filename\`);`)
  await db.run(sql`ALTER TABLE \`productions_rels\` ADD \`attachments_id\` integer REFERENCES attachments(id);`)
  await db.run(sql`CREATE INDEX \`productions_rels_attachments_id_idx\` ON \`productions_rels\` (\`attachments_id\`);`)
  await db.run(sql`ALTER TABLE \`_productions_v_rels\` ADD \`attachments_id\` integer REFERENCES attachments(id);`)
  await db.run(sql`CREATE INDEX \`_productions_v_rels_attachments_id_idx\` ON \`_productions_v_rels\` (\`attachments_id\`);`)
  await db.run(sql`ALTER TABLE \`fragments_rels\` ADD \`attachments_id\` integer REFERENCES attachments(id);`)
  await db.run(sql`CREATE INDEX \`fragments_rels_attachments_id_idx\` ON \`fragments_rels\` (\`attachments_id\`);`)
  await db.run(sql`ALTER TABLE \`_fragments_v_rels\` ADD \`attachments_id\` integer REFERENCES attachments(id);`)
  await db.run(sql`CREATE INDEX \`_fragments_v_rels_attachments_id_idx\` ON \`_fragments_v_rels\` (\`attachments_id\`);`)
  await db.run(sql`ALTER TABLE \`activities_rels\` ADD \`attachments_id\` integer REFERENCES attachments(id);`)
  await db.run(sql`CREATE INDEX \`activities_rels_attachments_id_idx\` ON \`activities_rels\` (\`attachments_id\`);`)
  await db.run(sql`ALTER TABLE \`_activities_v_rels\` ADD \`attachments_id\` integer REFERENCES attachments(id);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_attachments_id_idx\` ON \`_activities_v_rels\` (\`attachments_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`attachments_id\` integer REFERENCES attachments(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`attachments_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`attachments\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_productions_rels\` (
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
  await db.run(sql`INSERT INTO \`__new_productions_rels\`("id", "order", "parent_id", "path", "themes_id", "interventions_id") SELECT "id", "order", "parent_id", "path", "themes_id", "interventions_id" FROM \`productions_rels\`;`)
  await db.run(sql`DROP TABLE \`productions_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_productions_rels\` RENAME TO \`productions_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`productions_rels_order_idx\` ON \`productions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`productions_rels_parent_idx\` ON \`productions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`productions_rels_path_idx\` ON \`productions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`productions_rels_themes_id_idx\` ON \`productions_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`productions_rels_interventions_id_idx\` ON \`productions_rels\` (\`interventions_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__productions_v_rels\` (
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
  await db.run(sql`INSERT INTO \`__new__productions_v_rels\`("id", "order", "parent_id", "path", "themes_id", "interventions_id") SELECT "id", "order", "parent_id", "path", "themes_id", "interventions_id" FROM \`_productions_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_productions_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__productions_v_rels\` RENAME TO \`_productions_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_productions_v_rels_order_idx\` ON \`_productions_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_productions_v_rels_parent_idx\` ON \`_productions_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_productions_v_rels_path_idx\` ON \`_productions_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_productions_v_rels_themes_id_idx\` ON \`_productions_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`_productions_v_rels_interventions_id_idx\` ON \`_productions_v_rels\` (\`interventions_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_fragments_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`fragments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_fragments_rels\`("id", "order", "parent_id", "path", "themes_id") SELECT "id", "order", "parent_id", "path", "themes_id" FROM \`fragments_rels\`;`)
  await db.run(sql`DROP TABLE \`fragments_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_fragments_rels\` RENAME TO \`fragments_rels\`;`)
  await db.run(sql`CREATE INDEX \`fragments_rels_order_idx\` ON \`fragments_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`fragments_rels_parent_idx\` ON \`fragments_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`fragments_rels_path_idx\` ON \`fragments_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`fragments_rels_themes_id_idx\` ON \`fragments_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__fragments_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_fragments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__fragments_v_rels\`("id", "order", "parent_id", "path", "themes_id") SELECT "id", "order", "parent_id", "path", "themes_id" FROM \`_fragments_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_fragments_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__fragments_v_rels\` RENAME TO \`_fragments_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_fragments_v_rels_order_idx\` ON \`_fragments_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_fragments_v_rels_parent_idx\` ON \`_fragments_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fragments_v_rels_path_idx\` ON \`_fragments_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_fragments_v_rels_themes_id_idx\` ON \`_fragments_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_activities_rels\` (
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
  await db.run(sql`INSERT INTO \`__new_activities_rels\`("id", "order", "parent_id", "path", "themes_id", "interventions_id") SELECT "id", "order", "parent_id", "path", "themes_id", "interventions_id" FROM \`activities_rels\`;`)
  await db.run(sql`DROP TABLE \`activities_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_activities_rels\` RENAME TO \`activities_rels\`;`)
  await db.run(sql`CREATE INDEX \`activities_rels_order_idx\` ON \`activities_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_parent_idx\` ON \`activities_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_path_idx\` ON \`activities_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_themes_id_idx\` ON \`activities_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_interventions_id_idx\` ON \`activities_rels\` (\`interventions_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__activities_v_rels\` (
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
  await db.run(sql`INSERT INTO \`__new__activities_v_rels\`("id", "order", "parent_id", "path", "themes_id", "interventions_id") SELECT "id", "order", "parent_id", "path", "themes_id", "interventions_id" FROM \`_activities_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_activities_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__activities_v_rels\` RENAME TO \`_activities_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_order_idx\` ON \`_activities_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_parent_idx\` ON \`_activities_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_path_idx\` ON \`_activities_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_themes_id_idx\` ON \`_activities_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_interventions_id_idx\` ON \`_activities_v_rels\` (\`interventions_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
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
  	\`evaluations_id\` integer,
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
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`evaluations_id\`) REFERENCES \`evaluations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "productions_id", "fragments_id", "activities_id", "interventions_id", "evidence_id", "cases_id", "guidance_id", "themes_id", "media_id", "users_id", "evaluations_id") SELECT "id", "order", "parent_id", "path", "productions_id", "fragments_id", "activities_id", "interventions_id", "evidence_id", "cases_id", "guidance_id", "themes_id", "media_id", "users_id", "evaluations_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_evaluations_id_idx\` ON \`payload_locked_documents_rels\` (\`evaluations_id\`);`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`interventions_synonyms\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interventions_synonyms_order_idx\` ON \`interventions_synonyms\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`interventions_synonyms_parent_id_idx\` ON \`interventions_synonyms\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_interventions_v_version_synonyms\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interventions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_synonyms_order_idx\` ON \`_interventions_v_version_synonyms\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_synonyms_parent_id_idx\` ON \`_interventions_v_version_synonyms\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`themes_synonyms\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`themes_synonyms_order_idx\` ON \`themes_synonyms\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`themes_synonyms_parent_id_idx\` ON \`themes_synonyms\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_themes_v_version_synonyms\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_themes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_themes_v_version_synonyms_order_idx\` ON \`_themes_v_version_synonyms\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_synonyms_parent_id_idx\` ON \`_themes_v_version_synonyms\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`interventions_synonyms\`;`)
  await db.run(sql`DROP TABLE \`_interventions_v_version_synonyms\`;`)
  await db.run(sql`DROP TABLE \`themes_synonyms\`;`)
  await db.run(sql`DROP TABLE \`_themes_v_version_synonyms\`;`)
}

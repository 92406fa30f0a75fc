import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`_productions_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_productions_v_autosave_idx\` ON \`_productions_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`_fragments_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_fragments_v_autosave_idx\` ON \`_fragments_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`_activities_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_activities_v_autosave_idx\` ON \`_activities_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`_interventions_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_interventions_v_autosave_idx\` ON \`_interventions_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`_evidence_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_evidence_v_autosave_idx\` ON \`_evidence_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_cases_v_autosave_idx\` ON \`_cases_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`_guidance_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_guidance_v_autosave_idx\` ON \`_guidance_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`_themes_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_themes_v_autosave_idx\` ON \`_themes_v\` (\`autosave\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_productions_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_productions_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`_fragments_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_fragments_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`_activities_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_activities_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`_interventions_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_interventions_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`_evidence_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_evidence_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`_cases_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`_guidance_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_guidance_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`_themes_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_themes_v\` DROP COLUMN \`autosave\`;`)
}

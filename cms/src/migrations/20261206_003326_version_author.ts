import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Who made each version: an `edited_by` text column on every content
 * collection and its versions table (fields/editedBy.ts), written on each
 * save. Existing versions name nobody: who saved them was not recorded.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`productions\` ADD \`edited_by\` text;`)
  await db.run(sql`ALTER TABLE \`_productions_v\` ADD \`version_edited_by\` text;`)
  await db.run(sql`ALTER TABLE \`fragments\` ADD \`edited_by\` text;`)
  await db.run(sql`ALTER TABLE \`_fragments_v\` ADD \`version_edited_by\` text;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`edited_by\` text;`)
  await db.run(sql`ALTER TABLE \`_activities_v\` ADD \`version_edited_by\` text;`)
  await db.run(sql`ALTER TABLE \`interventions\` ADD \`edited_by\` text;`)
  await db.run(sql`ALTER TABLE \`_interventions_v\` ADD \`version_edited_by\` text;`)
  await db.run(sql`ALTER TABLE \`evidence\` ADD \`edited_by\` text;`)
  await db.run(sql`ALTER TABLE \`_evidence_v\` ADD \`version_edited_by\` text;`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`edited_by\` text;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`version_edited_by\` text;`)
  await db.run(sql`ALTER TABLE \`guidance\` ADD \`edited_by\` text;`)
  await db.run(sql`ALTER TABLE \`_guidance_v\` ADD \`version_edited_by\` text;`)
  await db.run(sql`ALTER TABLE \`themes\` ADD \`edited_by\` text;`)
  await db.run(sql`ALTER TABLE \`_themes_v\` ADD \`version_edited_by\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`productions\` DROP COLUMN \`edited_by\`;`)
  await db.run(sql`ALTER TABLE \`_productions_v\` DROP COLUMN \`version_edited_by\`;`)
  await db.run(sql`ALTER TABLE \`fragments\` DROP COLUMN \`edited_by\`;`)
  await db.run(sql`ALTER TABLE \`_fragments_v\` DROP COLUMN \`version_edited_by\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`edited_by\`;`)
  await db.run(sql`ALTER TABLE \`_activities_v\` DROP COLUMN \`version_edited_by\`;`)
  await db.run(sql`ALTER TABLE \`interventions\` DROP COLUMN \`edited_by\`;`)
  await db.run(sql`ALTER TABLE \`_interventions_v\` DROP COLUMN \`version_edited_by\`;`)
  await db.run(sql`ALTER TABLE \`evidence\` DROP COLUMN \`edited_by\`;`)
  await db.run(sql`ALTER TABLE \`_evidence_v\` DROP COLUMN \`version_edited_by\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`edited_by\`;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` DROP COLUMN \`version_edited_by\`;`)
  await db.run(sql`ALTER TABLE \`guidance\` DROP COLUMN \`edited_by\`;`)
  await db.run(sql`ALTER TABLE \`_guidance_v\` DROP COLUMN \`version_edited_by\`;`)
  await db.run(sql`ALTER TABLE \`themes\` DROP COLUMN \`edited_by\`;`)
  await db.run(sql`ALTER TABLE \`_themes_v\` DROP COLUMN \`version_edited_by\`;`)
}

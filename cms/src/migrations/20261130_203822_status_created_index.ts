import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`_status_createdAt_idx\` ON \`productions\` (\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_createdAt_idx\` ON \`_productions_v\` (\`version__status\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_createdAt_1_idx\` ON \`fragments\` (\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_createdAt_1_idx\` ON \`_fragments_v\` (\`version__status\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_createdAt_2_idx\` ON \`activities\` (\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_createdAt_2_idx\` ON \`_activities_v\` (\`version__status\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_createdAt_3_idx\` ON \`interventions\` (\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_createdAt_3_idx\` ON \`_interventions_v\` (\`version__status\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_createdAt_4_idx\` ON \`evidence\` (\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_createdAt_4_idx\` ON \`_evidence_v\` (\`version__status\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_createdAt_5_idx\` ON \`cases\` (\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_createdAt_5_idx\` ON \`_cases_v\` (\`version__status\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_createdAt_6_idx\` ON \`guidance\` (\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_createdAt_6_idx\` ON \`_guidance_v\` (\`version__status\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_createdAt_7_idx\` ON \`themes\` (\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_createdAt_7_idx\` ON \`_themes_v\` (\`version__status\`,\`version_created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_status_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_createdAt_1_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_createdAt_1_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_createdAt_2_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_createdAt_2_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_createdAt_3_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_createdAt_3_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_createdAt_4_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_createdAt_4_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_createdAt_5_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_createdAt_5_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_createdAt_6_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_createdAt_6_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_createdAt_7_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_createdAt_7_idx\`;`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`activities_steps\` ADD \`suggested_text_verbatim\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`goals_verbatim\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`key_messages_verbatim\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_activities_v_version_steps\` ADD \`suggested_text_verbatim\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_activities_v\` ADD \`version_goals_verbatim\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_activities_v\` ADD \`version_key_messages_verbatim\` integer DEFAULT false;`)
  // Until now every goal, key message and suggested text was shown as a quote. Of what a database
  // holds, only the seeded werkvorm's are word for word from the source (seed/data/activities.json
  // marks them): keep those marked, in its versions too; an editor's own werkvormen start unmarked.
  const seeded = sql`(SELECT \`id\` FROM \`activities\` WHERE \`slug\` = 'de-rol-van-empowerment')`
  await db.run(sql`UPDATE \`activities\` SET \`goals_verbatim\` = 1, \`key_messages_verbatim\` = 1 WHERE \`id\` IN ${seeded};`)
  await db.run(sql`UPDATE \`activities_steps\` SET \`suggested_text_verbatim\` = 1 WHERE \`suggested_text\` IS NOT NULL AND \`_parent_id\` IN ${seeded};`)
  await db.run(sql`UPDATE \`_activities_v\` SET \`version_goals_verbatim\` = 1, \`version_key_messages_verbatim\` = 1 WHERE \`parent_id\` IN ${seeded};`)
  await db.run(
    sql`UPDATE \`_activities_v_version_steps\` SET \`suggested_text_verbatim\` = 1 WHERE \`suggested_text\` IS NOT NULL AND \`_parent_id\` IN (SELECT \`id\` FROM \`_activities_v\` WHERE \`parent_id\` IN ${seeded});`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`activities_steps\` DROP COLUMN \`suggested_text_verbatim\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`goals_verbatim\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`key_messages_verbatim\`;`)
  await db.run(sql`ALTER TABLE \`_activities_v_version_steps\` DROP COLUMN \`suggested_text_verbatim\`;`)
  await db.run(sql`ALTER TABLE \`_activities_v\` DROP COLUMN \`version_goals_verbatim\`;`)
  await db.run(sql`ALTER TABLE \`_activities_v\` DROP COLUMN \`version_key_messages_verbatim\`;`)
}

/**
 * SQLite side of backup and restore. The copy is made with `VACUUM INTO`:
 * SQLite's own consistent online copy, taken while the CMS keeps running
 * (it waits for a writer like any reader would).
 */
import fs from 'node:fs'
import path from 'node:path'
import { createClient } from '@libsql/client'
import { makePrivateFile } from '../security/privateFiles.ts'

export const SQLITE_BACKUP_NAME = 'toolkit.db'

function quote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`
}

/** Writes a consistent copy of the database at `databaseFile` into `folder`. */
export async function dumpSqlite(databaseFile: string, folder: string): Promise<void> {
  if (!fs.existsSync(databaseFile)) throw new Error(`De database ${databaseFile} bestaat niet; er is niets om te bewaren.`)
  const client = createClient({ url: `file:${databaseFile}` })
  try {
    await client.execute('PRAGMA busy_timeout = 30000')
    await client.execute(`VACUUM INTO ${quote(path.join(folder, SQLITE_BACKUP_NAME))}`)
  } finally {
    client.close()
  }
}

/** Checks the copy in `folder` and puts it in place of `databaseFile`, in one rename. */
export async function restoreSqlite(folder: string, databaseFile: string): Promise<void> {
  const copy = path.join(folder, SQLITE_BACKUP_NAME)
  if (!fs.existsSync(copy)) throw new Error(`De back-up bevat geen SQLite-database (${SQLITE_BACKUP_NAME}).`)
  const client = createClient({ url: `file:${copy}` })
  try {
    const { rows } = await client.execute('PRAGMA integrity_check')
    if (rows[0]?.integrity_check !== 'ok') throw new Error(`De database in de back-up is beschadigd: ${JSON.stringify(rows)}`)
  } finally {
    client.close()
  }
  fs.mkdirSync(path.dirname(databaseFile), { recursive: true })
  const staged = `${databaseFile}.restoring`
  fs.copyFileSync(copy, staged)
  // The restored database is as private as the one it replaces (security/privateFiles.ts).
  makePrivateFile(staged)
  // The old write-ahead log belongs to the old file; left beside the new one it would be replayed into it.
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${databaseFile}${suffix}`, { force: true })
  fs.renameSync(staged, databaseFile)
}

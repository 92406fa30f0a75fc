/**
 * `npm run backup [-- <file>]`: the database (SQLite or MongoDB, as
 * DATABASE_URL says) and the uploaded files in one .tar.gz. Runs beside a
 * running CMS. Default file: cms/data/backups/toolkit-<time>.tar.gz.
 */
import path from 'node:path'
import { backupFileName, createBackup } from '../backup/archive.ts'
import { cmsSettings } from '../config/settings.ts'
import { CMS_ROOT, mediaDir } from '../db/location.ts'

const settings = cmsSettings()
const cwd = settings.initCwd
const argument = process.argv.slice(2).find((arg) => !arg.startsWith('-'))
const file = argument ? path.resolve(cwd, argument) : path.join(CMS_ROOT, 'data', 'backups', backupFileName())
const started = Date.now()
try {
  const manifest = await createBackup({ databaseUrl: settings.database.url, mediaDir: mediaDir(settings) }, file, (line) => console.log(line))
  console.log(`Back-up geschreven: ${file} (${manifest.database}, ${manifest.mediaFiles} bestanden, ${((Date.now() - started) / 1000).toFixed(1)} s)`)
  console.log(`Terugzetten: npm run restore -- ${path.relative(cwd, file)}`)
} catch (error) {
  console.error(`Back-up mislukt: ${(error as Error).message}`)
  process.exit(1)
}

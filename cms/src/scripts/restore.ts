/**
 * `npm run restore -- <file>`: brings back the database and uploaded files of
 * a backup made by `npm run backup`. Stop the CMS first; the current state is
 * saved as a backup of its own before anything is replaced.
 */
import path from 'node:path'
import { backupFileName, restoreBackup } from '../backup/archive.ts'
import { cmsSettings } from '../config/settings.ts'
import { CMS_ROOT, mediaDir } from '../db/location.ts'

const settings = cmsSettings()
const cwd = settings.initCwd
const args = process.argv.slice(2)
const argument = args.find((arg) => !arg.startsWith('-'))
if (!argument) {
  console.error('Gebruik: npm run restore -- <back-upbestand.tar.gz>')
  process.exit(2)
}

/** A CMS serving this database would keep writing to the file being replaced. */
async function cmsAnswers(): Promise<string | undefined> {
  const url = settings.cms.url
  try {
    await fetch(`${url}/api/users/me`, { signal: AbortSignal.timeout(2_000) })
    return url
  } catch {
    return undefined
  }
}

const running = args.includes('--force') ? undefined : await cmsAnswers()
if (running) {
  console.error(`Er draait een CMS op ${running}. Stop die eerst (of geef --force als die een andere database gebruikt).`)
  process.exit(1)
}
const safetyFile = path.join(CMS_ROOT, 'data', 'backups', `voor-herstel-${backupFileName()}`)
try {
  const { manifest, safetyFile: saved } = await restoreBackup(
    path.resolve(cwd, argument),
    { databaseUrl: settings.database.url, mediaDir: mediaDir(settings) },
    safetyFile,
    (line) => console.log(line),
  )
  console.log(`Teruggezet: de back-up van ${manifest.createdAt} (${manifest.database}, ${manifest.mediaFiles} bestanden).`)
  if (saved) console.log(`De vorige stand staat in ${saved}.`)
} catch (error) {
  console.error(`Terugzetten mislukt: ${(error as Error).message}`)
  process.exit(1)
}

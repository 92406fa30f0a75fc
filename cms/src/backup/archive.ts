/**
 * `npm run backup` and `npm run restore`: the whole CMS state in one file.
 *
 * The file is a gzipped tar with `manifest.json`, `database/` (a SQLite copy
 * or one Extended-JSON file per MongoDB collection) and `media/` (the
 * uploaded files). Restoring first saves the current state as a backup of
 * its own, so a restore never loses what was there.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as tar from 'tar'
import { makePrivateDir, makePrivateFile } from '../security/privateFiles.ts'
import { databaseKind, sqliteFile, type DatabaseKind } from '../db/location.ts'
import { dumpMongo, restoreMongo } from './mongodb.ts'
import { dumpSqlite, restoreSqlite } from './sqlite.ts'

export const BACKUP_FORMAT = 'toolkit-backup'
export const BACKUP_VERSION = 1

export type Manifest = { format: typeof BACKUP_FORMAT; version: number; createdAt: string; database: DatabaseKind; mediaFiles: number }

export type Location = { databaseUrl: string | undefined; mediaDir: string }

type Log = (line: string) => void

function countFiles(folder: string): number {
  if (!fs.existsSync(folder)) return 0
  return fs.readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length
}

async function inTempFolder<T>(run: (folder: string) => Promise<T>): Promise<T> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-backup-'))
  try {
    return await run(folder)
  } finally {
    fs.rmSync(folder, { recursive: true, force: true })
  }
}

/** A file name for a new backup: `toolkit-2026-11-30T19-40-00Z.tar.gz`. */
export function backupFileName(now = new Date()): string {
  return `toolkit-${now.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-')}.tar.gz`
}

/** Writes the database and the uploaded files of `location` to `file`. */
export async function createBackup(location: Location, file: string, log: Log = () => {}): Promise<Manifest> {
  const kind = databaseKind(location.databaseUrl)
  return inTempFolder(async (folder) => {
    fs.mkdirSync(path.join(folder, 'database'))
    log(`Database (${kind}) kopiëren …`)
    if (kind === 'sqlite') await dumpSqlite(sqliteFile(location.databaseUrl), path.join(folder, 'database'))
    else await dumpMongo(location.databaseUrl as string, path.join(folder, 'database'))
    const media = path.join(folder, 'media')
    if (fs.existsSync(location.mediaDir)) fs.cpSync(location.mediaDir, media, { recursive: true })
    else fs.mkdirSync(media)
    const manifest: Manifest = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: new Date().toISOString(), database: kind, mediaFiles: countFiles(media) }
    fs.writeFileSync(path.join(folder, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
    log(`${manifest.mediaFiles} bestanden uit ${location.mediaDir} inpakken …`)
    makePrivateDir(path.dirname(path.resolve(file)))
    // Written beside the target and renamed, so a half-written backup never carries the final name.
    const partial = `${file}.partial`
    // Private from the first byte: it holds the password hashes.
    makePrivateFile(partial)
    await tar.create({ gzip: true, cwd: folder, file: partial, portable: true }, ['manifest.json', 'database', 'media'])
    fs.renameSync(partial, file)
    return manifest
  })
}

function readManifest(folder: string, file: string): Manifest {
  const manifestFile = path.join(folder, 'manifest.json')
  if (!fs.existsSync(manifestFile)) throw new Error(`${file} is geen back-up van de toolkit (manifest.json ontbreekt).`)
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest
  if (manifest.format !== BACKUP_FORMAT || manifest.version !== BACKUP_VERSION) {
    throw new Error(`${file} heeft een onbekend formaat (${manifest.format} ${manifest.version}).`)
  }
  return manifest
}

/**
 * Restores `file` into `location`. The database kinds must match (a SQLite
 * backup restores into SQLite, a MongoDB one into MongoDB). The CMS must not
 * be running on that database. Returns the backup of the state it replaced.
 */
export async function restoreBackup(file: string, location: Location, safetyFile: string, log: Log = () => {}): Promise<{ manifest: Manifest; safetyFile: string }> {
  if (!fs.existsSync(file)) throw new Error(`Het bestand ${file} bestaat niet.`)
  return inTempFolder(async (folder) => {
    try {
      await tar.extract({ file, cwd: folder, strict: true })
    } catch (error) {
      throw new Error(`${file} kan niet worden uitgepakt: ${(error as Error).message}`)
    }
    const manifest = readManifest(folder, file)
    const kind = databaseKind(location.databaseUrl)
    if (manifest.database !== kind) {
      throw new Error(`${file} is een back-up van ${manifest.database}; DATABASE_URL wijst naar ${kind}.`)
    }
    const hasCurrent = kind === 'mongodb' || fs.existsSync(sqliteFile(location.databaseUrl))
    if (hasCurrent) {
      log(`Huidige stand eerst bewaren in ${safetyFile} …`)
      await createBackup(location, safetyFile)
    }
    log(`Database (${kind}) terugzetten …`)
    if (kind === 'sqlite') await restoreSqlite(path.join(folder, 'database'), sqliteFile(location.databaseUrl))
    else await restoreMongo(path.join(folder, 'database'), location.databaseUrl as string)
    log(`${manifest.mediaFiles} bestanden terugzetten in ${location.mediaDir} …`)
    fs.rmSync(location.mediaDir, { recursive: true, force: true })
    fs.cpSync(path.join(folder, 'media'), location.mediaDir, { recursive: true })
    return { manifest, safetyFile: hasCurrent ? safetyFile : '' }
  })
}

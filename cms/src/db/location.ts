/**
 * Where the CMS keeps its data: which database `DATABASE_URL` names, and the
 * folder of uploaded files. Free of Payload imports, so the backup CLI and
 * the adapter share one definition.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { type CmsSettings, cmsSettings } from '../config/settings.ts'

export const CMS_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The embedded default: a git-ignored SQLite file inside cms/data/. */
export const DEFAULT_SQLITE_FILE = path.join(CMS_ROOT, 'data', 'toolkit.db')

export type DatabaseKind = 'mongodb' | 'sqlite'

/** MongoDB for `mongodb://` and `mongodb+srv://` URLs, SQLite for everything else. */
export function databaseKind(url: string | undefined): DatabaseKind {
  return url && /^mongodb(\+srv)?:\/\//.test(url) ? 'mongodb' : 'sqlite'
}

/** A libsql URL for a SQLite location given as `file:…`, a plain path, or nothing. */
export function sqliteUrl(url: string | undefined): string {
  if (!url) return `file:${DEFAULT_SQLITE_FILE}`
  if (url.startsWith('file:') || url.startsWith('libsql:') || url.startsWith(':memory:')) return url
  return `file:${path.resolve(url)}`
}

/** The SQLite file a `file:` URL points at. */
export function sqliteFile(url: string | undefined): string {
  const libsqlUrl = sqliteUrl(url)
  if (!libsqlUrl.startsWith('file:')) throw new Error(`Geen SQLite-bestand: ${libsqlUrl}`)
  return path.resolve(libsqlUrl.slice('file:'.length))
}

/** Uploaded files: MEDIA_DIR, relative to cms/ (default cms/media). */
export function mediaDir(settings: CmsSettings = cmsSettings()): string {
  return path.resolve(CMS_ROOT, settings.storage.mediaDir)
}

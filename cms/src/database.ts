import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { migrations } from './migrations/index.ts'

const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The embedded default: a git-ignored SQLite file inside cms/data/. */
export const DEFAULT_SQLITE_FILE = path.join(cmsRoot, 'data', 'toolkit.db')

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

function ensureDirectoryFor(url: string): void {
  if (!url.startsWith('file:')) return
  fs.mkdirSync(path.dirname(url.slice('file:'.length)), { recursive: true })
}

/** The database adapter `DATABASE_URL` asks for. */
export function databaseAdapter(url = process.env.DATABASE_URL): DatabaseAdapterObj {
  if (databaseKind(url) === 'mongodb') {
    // Mongoose builds the indexes the collections declare (slug, tags, _status).
    return mongooseAdapter({ url: url as string })
  }
  const libsqlUrl = sqliteUrl(url)
  ensureDirectoryFor(libsqlUrl)
  return sqliteAdapter({
    client: { url: libsqlUrl },
    // Off by default in the SQLite adapter; on, a failed seed or save rolls back whole.
    transactionOptions: {},
    migrationDir: path.join(cmsRoot, 'src', 'migrations'),
    // Production never pushes schema changes: it runs the committed migrations.
    prodMigrations: migrations,
  })
}

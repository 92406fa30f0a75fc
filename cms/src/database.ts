import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { cmsSettings } from './config/settings.ts'
import { CMS_ROOT, databaseKind, sqliteUrl } from './db/location.ts'
import { serialiseWrites } from './db/serialisedWrites.ts'
import { SelfHealingSqliteClient } from './db/sqliteConnection.ts'
import { migrations } from './migrations/index.ts'
import { makePrivateDir, makePrivateFile } from './security/privateFiles.ts'

export { DEFAULT_SQLITE_FILE, databaseKind, sqliteUrl, type DatabaseKind } from './db/location.ts'

/** The database file's folder, and the file itself as 0600 before SQLite opens it (security/privateFiles.ts). */
function ensureDirectoryFor(url: string): void {
  if (!url.startsWith('file:')) return
  const file = url.slice('file:'.length).split('?')[0]!
  makePrivateDir(path.dirname(file))
  if (file !== ':memory:') makePrivateFile(file)
}

/** The database adapter `DATABASE_URL` asks for. */
export function databaseAdapter(url = cmsSettings().database.url): DatabaseAdapterObj {
  if (databaseKind(url) === 'mongodb') {
    // Mongoose builds the indexes the collections declare (slug, tags, _status).
    return mongooseAdapter({ url: url as string })
  }
  const libsqlUrl = sqliteUrl(url)
  ensureDirectoryFor(libsqlUrl)
  const client = { url: libsqlUrl }
  const adapterObj = sqliteAdapter({
    client,
    // Transactions stay off (the adapter's default): with them on, libsql opens
    // a connection per transaction and a failed COMMIT was acknowledged as a
    // success (see db/sqliteConnection.ts). Every write commits on its own on
    // the process's one connection; the seed import is made atomic by
    // db/atomically.ts instead.
    transactionOptions: false,
    migrationDir: path.join(CMS_ROOT, 'src', 'migrations'),
    // Production never pushes schema changes: it runs the committed migrations.
    prodMigrations: migrations,
  })
  // How long a statement waits for another process's lock (SQLITE_BUSY_TIMEOUT_MS).
  return withSelfHealingConnection(adapterObj, client, cmsSettings().database.busyTimeoutMs)
}

/**
 * Gives the adapter its connection before it connects: the adapter only
 * creates a client when it has none, so it then uses ours (WAL, busy
 * timeout, replaced after a lock error).
 */
function withSelfHealingConnection(adapterObj: DatabaseAdapterObj, client: { url: string }, busyTimeout: number): DatabaseAdapterObj {
  const init = adapterObj.init
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = init(args) as ReturnType<typeof init> & { client?: unknown }
      const connect = adapter.connect
      adapter.connect = async function connectSelfHealing(this: typeof adapter, options) {
        if (!adapter.client) adapter.client = await SelfHealingSqliteClient.open(client, { busyTimeoutMs: busyTimeout })
        return connect?.call(adapter, options)
      }
      // Each write one transaction, one after the other (db/serialisedWrites.ts).
      serialiseWrites(adapter as unknown as Record<string, unknown>, () => adapter.client as SelfHealingSqliteClient)
      return adapter
    },
  }
}

/**
 * Each database write of the CMS is atomic, and writes in one process run
 * one after the other.
 *
 * With Payload's SQLite transactions off (sqliteConnection.ts explains why),
 * one adapter call such as `updateOne` is several statements: the row, then
 * its list rows and relations deleted and inserted again. Committed one by
 * one, a crash between them would leave a document without its lists, and
 * two saves of the same document interleaving would duplicate them. So every
 * adapter method that writes runs as one `BEGIN IMMEDIATE … COMMIT` on the
 * process's one connection, queued behind the write before it. A COMMIT that
 * fails throws, so the request fails instead of being acknowledged.
 *
 * Reads are not queued: they may see a write that is halfway (on the same
 * connection), never a write that is lost.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

type SqlClient = { execute: (sql: string) => Promise<unknown> }

/** Adapter methods that change the database (drizzle adapter, Payload 3.90). */
export const WRITE_METHODS = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

/** Set while a write (or the seed's transaction) runs, so what it calls itself is not queued again. */
const insideWrite = new AsyncLocalStorage<true>()

/** One queue per connection: a write waits for the one before it. */
const queues = new WeakMap<SqlClient, Promise<unknown>>()

/** Runs `work` as one transaction on `client`, after every write queued before it. */
export function inOneTransaction<T>(client: SqlClient, work: () => Promise<T>): Promise<T> {
  if (insideWrite.getStore()) return work()
  const run = () =>
    insideWrite.run(true, async () => {
      await client.execute('BEGIN IMMEDIATE')
      try {
        const result = await work()
        await client.execute('COMMIT')
        return result
      } catch (error) {
        // After a lock error the connection was replaced, and closing the old one rolled it back already.
        await client.execute('ROLLBACK').catch(() => {})
        throw error
      }
    })
  const previous = queues.get(client) ?? Promise.resolve()
  const result = previous.then(run, run)
  queues.set(client, result.catch(() => {}))
  return result
}

/** Makes every write method of a connected SQLite adapter one queued transaction. */
export function serialiseWrites(adapter: Record<string, unknown>, client: () => SqlClient): void {
  for (const name of WRITE_METHODS) {
    const original = adapter[name]
    if (typeof original !== 'function') continue
    adapter[name] = function queuedWrite(this: unknown, ...args: unknown[]) {
      return inOneTransaction(client(), () => (original as (...a: unknown[]) => Promise<unknown>).apply(this, args))
    }
  }
}

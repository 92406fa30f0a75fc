/**
 * All-or-nothing for a batch of writes that no request runs beside (the seed
 * import: at start-up before the CMS serves, or in the `npm run seed` CLI).
 *
 * On SQLite, Payload's transactions are off (db/sqliteConnection.ts), so the
 * batch runs inside one explicit IMMEDIATE transaction on the process's one
 * connection: every write of the batch goes through that connection, and a
 * COMMIT that fails throws instead of being swallowed. Because that
 * connection is shared, this must not run while the process serves writes.
 * On MongoDB, Payload's own transaction (a replica set's session) is used.
 */
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

type SqlClient = { execute: (sql: string) => Promise<unknown> }

function sqliteClient(payload: Payload): SqlClient | undefined {
  const db = payload.db as unknown as { name?: string; client?: SqlClient }
  return db.name === 'sqlite' ? db.client : undefined
}

export async function atomically<T>(
  payload: Payload,
  run: (req: PayloadRequest) => Promise<T>,
  context: Record<string, unknown> = {},
): Promise<T> {
  const req = await createLocalReq({ context }, payload)
  const sqlite = sqliteClient(payload)
  if (sqlite) {
    await sqlite.execute('BEGIN IMMEDIATE')
    try {
      const result = await run(req)
      await sqlite.execute('COMMIT')
      return result
    } catch (error) {
      // After a lock error the connection was replaced, and closing the old one rolled it back already.
      await sqlite.execute('ROLLBACK').catch(() => {})
      throw error
    }
  }
  const ownsTransaction = await initTransaction(req)
  try {
    const result = await run(req)
    if (ownsTransaction) await commitTransaction(req)
    return result
  } catch (error) {
    if (ownsTransaction) await killTransaction(req)
    throw error
  }
}

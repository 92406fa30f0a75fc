/**
 * All-or-nothing for a batch of writes (the seed import).
 *
 * On SQLite, Payload's transactions are off (db/sqliteConnection.ts), so the
 * batch runs as one queued transaction on the process's one connection
 * (db/serialisedWrites.ts): other writes of the process wait until it is
 * committed or rolled back, and a COMMIT that fails throws.
 * On MongoDB, Payload's own transaction (a replica set's session) is used.
 */
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import { invalidatePublicReads } from '../requests/publicReadCache.ts'
import { inOneTransaction } from './serialisedWrites.ts'

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
  try {
    return await inOneBatch(payload, run, context)
  } finally {
    // Reads during the batch saw it halfway (or before a rollback): cached public reads must go.
    invalidatePublicReads()
  }
}

async function inOneBatch<T>(payload: Payload, run: (req: PayloadRequest) => Promise<T>, context: Record<string, unknown>): Promise<T> {
  const req = await createLocalReq({ context }, payload)
  const sqlite = sqliteClient(payload)
  if (sqlite) return inOneTransaction(sqlite, () => run(req))
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

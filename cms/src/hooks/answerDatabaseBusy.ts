import type { AfterErrorHook } from 'payload'
import { DATABASE_BUSY_MESSAGE, isLockError } from '../db/sqliteConnection.ts'

/** The error, or one of its causes, says the database stayed locked. */
function lockedSomewhere(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false
  const { status, message, cause } = error as { status?: unknown; message?: unknown; cause?: unknown }
  if (isLockError(error) || (status === 503 && message === DATABASE_BUSY_MESSAGE)) return true
  return lockedSomewhere(cause, depth + 1)
}

/**
 * Drizzle wraps the connection's lock error in a query error, which Payload
 * would answer with a bare 500. A lock that outlasted the busy timeout is a
 * passing condition of the server, not a fault: 503 with a Dutch message, so
 * the client (and the admin) knows nothing was saved and may try again.
 */
export const answerDatabaseBusy: AfterErrorHook = ({ error }) => {
  if (!lockedSomewhere(error)) return
  return { status: 503, response: { errors: [{ message: DATABASE_BUSY_MESSAGE }] } }
}

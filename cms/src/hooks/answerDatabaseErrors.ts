import type { AfterErrorHook } from 'payload'
import { DATABASE_BUSY_MESSAGE, isLockError } from '../db/sqliteConnection.ts'

/** Message of the 409 for a change to a document that was deleted at the same moment. */
export const DELETED_MEANWHILE_MESSAGE = 'Dit document is intussen verwijderd; de wijziging is niet opgeslagen.'

/** Message of the 409 for a write that refers to a document that is gone. */
export const MISSING_REFERENCE_MESSAGE =
  'Een gekoppeld document bestaat niet (meer), bijvoorbeeld omdat het intussen is verwijderd. Vernieuw de pagina en probeer het opnieuw.'

/** The error or one of its causes (drizzle wraps the database's error), up to a few levels deep. */
function somewhereInCauses(error: unknown, test: (error: Record<string, unknown>) => boolean, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false
  return test(error as Record<string, unknown>) || somewhereInCauses((error as { cause?: unknown }).cause, test, depth + 1)
}

const locked = (error: Record<string, unknown>) => isLockError(error) || (error.status === 503 && error.message === DATABASE_BUSY_MESSAGE)
const missingReference = (error: Record<string, unknown>) =>
  error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || (typeof error.message === 'string' && error.message.includes('FOREIGN KEY constraint failed'))

/**
 * Database conditions that Payload would answer with a bare 500, answered
 * with what they are: a lock that outlasted the busy timeout is a passing
 * state of the server (503, try again); a foreign key that fails means a
 * related document is gone, usually deleted at the same moment (409).
 */
export const answerDatabaseErrors: AfterErrorHook = async ({ collection, error, req }) => {
  if (somewhereInCauses(error, locked)) return { status: 503, response: { errors: [{ message: DATABASE_BUSY_MESSAGE }] } }
  if (somewhereInCauses(error, missingReference)) return { status: 409, response: { errors: [{ message: MISSING_REFERENCE_MESSAGE }] } }
  // A write that fails unexpectedly while another request deletes the same
  // document (Payload re-reads the row it just updated and finds none).
  const id = req.routeParams?.id
  const unexpected = !(error as { status?: number }).status || (error as { status?: number }).status === 500
  if (collection && id !== undefined && unexpected) {
    const { totalDocs } = await req.payload.count({ collection: collection.slug as never, where: { id: { equals: id } }, overrideAccess: true })
    if (totalDocs === 0) return { status: 409, response: { errors: [{ message: DELETED_MEANWHILE_MESSAGE }] } }
  }
  return undefined
}

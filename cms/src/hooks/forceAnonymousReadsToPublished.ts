import type { CollectionBeforeOperationHook } from 'payload'
import { isEditorUser } from '../access/roles.ts'

/**
 * Defence in depth next to the read access filter: a visitor who is not an
 * editor never gets the draft version of a document, whatever `?draft=true`
 * or `draft: true` asks for.
 */
export const forceAnonymousReadsToPublished: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const reading = operation === 'read' || operation === 'readDistinct' || operation === 'count'
  if (reading && !isEditorUser(req.user as { roles?: ('admin' | 'editor')[] })) {
    return { ...args, draft: false }
  }
  return args
}

import type { Access, FieldAccess, PayloadRequest } from 'payload'
import { isAdminUser, isEditorUser, userOf } from './roles.ts'

/** Payload's document locks last five minutes without activity (its default `lockDocuments.duration`). */
const LOCK_SECONDS = 300

/** Ids of the users who hold a document lock now. */
async function lockHolders(req: PayloadRequest): Promise<Array<string | number>> {
  if (!req.payload.collections['payload-locked-documents']) return []
  const { docs } = await req.payload.find({
    collection: 'payload-locked-documents',
    where: { updatedAt: { greater_than: new Date(Date.now() - LOCK_SECONDS * 1000).toISOString() } },
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.flatMap((lock) => {
    const value = (lock as { user?: { value?: unknown } }).user?.value
    const id = typeof value === 'object' && value !== null ? (value as { id?: string | number }).id : value
    return typeof id === 'string' || typeof id === 'number' ? [id] : []
  })
}

/**
 * Who may read which account: admins all; a signed-in user themself and
 * whoever is editing a document right now. Without the last part the lock
 * dialog tells an editor "Gebruiker: 1 is momenteel dit document aan het
 * bewerken": Payload reads the lock's user with the editor's own rights.
 * Colleagues see only the name and address (`ownOrAdminField` on the rest).
 */
export const adminsSelfOrLockHolders: Access = async ({ req }) => {
  const user = req.user
  if (!user) return false
  if (isAdminUser(userOf(req))) return true
  if (!isEditorUser(userOf(req))) return { id: { equals: user.id } }
  return { id: { in: [user.id, ...(await lockHolders(req))] } }
}

/** A field of an account that only admins and the account's owner read (roles). */
export const ownOrAdminField: FieldAccess = ({ req, doc, id }) =>
  isAdminUser(userOf(req)) || (req.user != null && (doc?.id ?? id) === req.user.id)

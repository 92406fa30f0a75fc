import type { Access, FieldAccess } from 'payload'
import { isAdminUser, isEditorUser, userOf } from './roles.ts'

/** Only admins: managing users, deleting content. */
export const admins: Access = ({ req }) => isAdminUser(userOf(req))

/** Field-level variant of `admins` (e.g. who may change a user's roles). */
export const adminsField: FieldAccess = ({ req }) => isAdminUser(userOf(req))

/** Editors and admins: creating, updating and publishing content. */
export const editors: Access = ({ req }) => isEditorUser(userOf(req))

/** Field-level variant of `editors` (e.g. editor notes, completeness). */
export const editorsField: FieldAccess = ({ req }) => isEditorUser(userOf(req))

/**
 * Editors see everything, drafts included; everyone else only documents whose
 * status is published (a query filter, so lists are filtered, not refused).
 */
export const editorsOrPublished: Access = ({ req }) => {
  if (isEditorUser(userOf(req))) return true
  return { _status: { equals: 'published' } }
}

/** Admins see all users; a logged-in user sees only themself; anonymous visitors nobody. */
export const adminsOrSelf: Access = ({ req }) => {
  const user = req.user
  if (!user) return false
  if (isAdminUser(userOf(req))) return true
  return { id: { equals: user.id } }
}

/** Anyone may read (media files are published assets). */
export const anyone: Access = () => true

import type { CollectionBeforeChangeHook, TextField } from 'payload'
import { editorsField } from '../access/predicates.ts'

/** The field that records who saved a document, and so each of its versions. */
export const EDITED_BY = 'editedBy'

/**
 * Who made this version: the name (or, without one, the e-mail address) of
 * the account that saved it, written by `recordEditor` on every save,
 * autosaves and scheduled publications included (Payload runs those as the
 * person who scheduled them). Kept as text, not a relation, so the history
 * still names a colleague whose account was later removed or renamed.
 * Editors only: the public API leaves it out (access and
 * hooks/hideEditorOnlyFields.ts), and the content snapshot, so the site and
 * the open data, never take it (content/shape.ts). Label and help from
 * `SHARED_FIELDS` in @toolkit/schemas.
 */
export const editedByField: TextField = {
  name: EDITED_BY,
  type: 'text',
  access: { read: editorsField, create: () => false, update: () => false },
  admin: { position: 'sidebar', readOnly: true, disableBulkEdit: true },
}

/** How a version names the person who saved it. */
export function editorName(user: unknown): string | null {
  if (!user || typeof user !== 'object') return null
  const { name, email } = user as { name?: unknown; email?: unknown }
  if (typeof name === 'string' && name.trim()) return name.trim()
  return typeof email === 'string' && email ? email : null
}

/**
 * beforeChange: the saving account becomes the version's author. Runs after
 * Payload applied field access, so a value sent along is never kept. A save
 * without an account (seed, migration) names nobody rather than the previous author.
 */
export const recordEditor: CollectionBeforeChangeHook = ({ data, req }) => ({ ...data, [EDITED_BY]: editorName(req.user) })

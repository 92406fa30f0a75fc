import type { CollectionAfterReadHook } from 'payload'
import { isEditorUser, userOf } from '../access/roles.ts'

/** Fields only editors read: the notes for the editors, what the sources say nothing about, the computed completeness and who saved the version. */
export const EDITOR_ONLY_FIELDS = ['editorNotes', 'sourcesSilent', 'completeness', 'editedBy'] as const

/**
 * Next to the field access rules (which empty these fields for anyone else):
 * a visitor who is not an editor does not even get the keys, so REST, GraphQL
 * and the snapshot never hint that a document has notes.
 */
export const hideEditorOnlyFields: CollectionAfterReadHook = ({ doc, req, overrideAccess }) => {
  if (overrideAccess || isEditorUser(userOf(req))) return doc
  for (const field of EDITOR_ONLY_FIELDS) delete doc[field]
  return doc
}

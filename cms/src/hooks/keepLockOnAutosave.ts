import type { CollectionAfterChangeHook, CollectionBeforeOperationHook } from 'payload'

/**
 * The editor whose draft autosaves keeps Payload's document lock.
 *
 * Payload locks a document for the editor whose first change reaches the
 * server (a `payload-locked-documents` record, made by the form-state
 * request), and every update deletes that record, an autosave too: the
 * drafts here autosave 400 ms after a keystroke, so the lock lasted a moment
 * and a colleague opening the document got no "wordt bewerkt" dialog unless
 * the form-state request happened to reach the server after the autosave
 * (payloadcms/payload#11604, #14477). After an autosave the editor who
 * typed holds the lock again, made as Payload's form-state request makes it.
 * It ends as Payload's lock of a tab closed mid-edit does, five minutes after
 * the last change: with autosave, Payload does not unlock on leaving.
 */
const LOCKS = 'payload-locked-documents'
const AUTOSAVE = 'autosaveByEditor'

/** Notes an autosave (only the admin's edit view sends one, while its editor types). */
export const noteAutosave: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'update' && (args as { autosave?: boolean }).autosave && req.user) req.context[AUTOSAVE] = true
  return args
}

/** Whether this request is an editor's autosave (a draft: it never changes what the site shows). */
export const isAutosave = (req: { context: Record<string, unknown> }): boolean => req.context[AUTOSAVE] === true

/** After the autosave deleted the locks, the editor who typed holds it again, unless a lock came meanwhile. */
export const lockAfterAutosave: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (!req.context[AUTOSAVE] || !req.user) return doc
  delete req.context[AUTOSAVE]
  const { totalDocs } = await req.payload.count({
    collection: LOCKS,
    where: { and: [{ 'document.relationTo': { equals: collection.slug } }, { 'document.value': { equals: doc.id } }] },
    req,
  })
  if (totalDocs === 0) {
    await req.payload.db.create({
      collection: LOCKS,
      data: { document: { relationTo: collection.slug, value: doc.id }, user: { relationTo: req.user.collection, value: req.user.id } },
      req,
    })
  }
  return doc
}

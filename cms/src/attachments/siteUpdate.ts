import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { documentName, enqueueSiteUpdate } from '../publishing/enqueueSiteUpdate.ts'
import { publicAttachmentIds } from './publicAttachments.ts'

/**
 * A changed attachment (a new title, a replaced file) that a published item
 * links to changes the site: its list of attachments, the run sheet and the
 * PDFs. One that only drafts link to does not.
 */
export const updateSiteAfterAttachmentChange: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  if (operation !== 'update' || req.context?.skipSiteUpdate) return doc
  const ids = await publicAttachmentIds(req)
  if (ids.some((id) => String(id) === String(doc.id))) await enqueueSiteUpdate(req, `${documentName(collection, doc, req)} gewijzigd`)
  return doc
}

/** A deleted attachment drops out of the items that linked to it (Payload clears the links). */
export const updateSiteAfterAttachmentDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (req.context?.skipSiteUpdate) return doc
  await enqueueSiteUpdate(req, `${documentName(collection, doc, req)} verwijderd`)
  return doc
}

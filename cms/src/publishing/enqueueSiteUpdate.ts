/**
 * Publishing hooks: a change that reaches or leaves the public site (publish,
 * unpublish, delete of a published document, a scheduled publication) queues
 * one site update. Edits in quick succession share it: while an update waits
 * to start, no second one is queued, and the waiting one takes the newest
 * change as its reason (the dashboard shows what the update will bring live).
 */
import { getTranslation } from '@payloadcms/translations'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, Payload, PayloadRequest, SanitizedCollectionConfig } from 'payload'
import { isAutosave } from '../hooks/keepLockOnAutosave.ts'
import { NOT_STARTED } from './jobs.ts'
import { siteUpdateSettings } from './settings.ts'
import { siteUpdateStatus } from './status.ts'
import { UPDATE_SITE_TASK } from './updateSiteTask.ts'

type Doc = { id: string | number; _status?: string; slug?: string; [field: string]: unknown }

const isPublished = (doc: unknown) => (doc as { _status?: string } | undefined)?._status === 'published'

async function waitingUpdate(payload: Payload, req: PayloadRequest): Promise<string | number | undefined> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: UPDATE_SITE_TASK } }, ...NOT_STARTED] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0]?.id
}

export async function enqueueSiteUpdate(req: PayloadRequest, reason: string): Promise<void> {
  const { payload } = req
  const waiting = await waitingUpdate(payload, req)
  if (waiting !== undefined) {
    // Only while it still waits: a running update keeps the reason it started with.
    await payload.update({
      collection: 'payload-jobs',
      where: { and: [{ id: { equals: waiting } }, { processing: { equals: false } }] },
      data: { input: { reason } },
      overrideAccess: true,
      req,
    })
    return
  }
  const waitUntil = new Date(Date.now() + siteUpdateSettings().debounceMs)
  await payload.jobs.queue({ task: UPDATE_SITE_TASK, input: { reason }, waitUntil, req })
}

/** The seed import publishes everything at once and asks for one update itself. */
const quiet = (req: PayloadRequest) => Boolean(req.context?.skipSiteUpdate)

/** "Werkvorm “Taal die stigmatiseert herkennen”": the collection's own label and the document's title field. */
export function documentName(collection: SanitizedCollectionConfig, doc: Doc, req: PayloadRequest): string {
  const kind = getTranslation(collection.labels.singular, req.i18n)
  const title = collection.admin.useAsTitle ? doc[collection.admin.useAsTitle] : undefined
  return `${kind} “${typeof title === 'string' && title ? title : (doc.slug ?? doc.id)}”`
}

/**
 * What the site shows of a document is the stored document (with drafts on,
 * the collection's own row), not its newest version: a draft saved over a
 * published document (an autosave, "Concept opslaan") only adds a version
 * and leaves the stored document as it was (collections/operations/
 * utilities/update.js: no updateOne while `isSavingDraft`). The hooks'
 * `previousDoc` is the newest version, so with a newer draft it was that
 * draft: unpublishing such a document looked like a draft saved over a
 * draft, queued nothing, and the page stayed on the site. So whether the
 * document was live is read from the stored document before the change, and
 * whether it still is after it.
 */
async function storedDoc(collection: SanitizedCollectionConfig, id: Doc['id'], req: PayloadRequest): Promise<Doc | null> {
  return req.payload.db.findOne<Doc>({ collection: collection.slug, where: { id: { equals: id } }, req })
}

/** What a save changes in a stored document without changing what the site shows of it. */
const BOOKKEEPING = new Set(['updatedAt', 'editedBy', '_status'])

/**
 * Whether two stored versions of a document show the same on the site: all
 * but the bookkeeping of a save. "Terugdraaien naar gepubliceerde versie"
 * publishes the published version again; that is no reason to rebuild the
 * site, nor to tell the dashboard something was published. When in doubt
 * (a field stored differently), the site is updated.
 */
function sameOnSite(before: Doc, after: Doc): boolean {
  const shown = (doc: Doc) => JSON.stringify(Object.entries(doc).filter(([key]) => !BOOKKEEPING.has(key)).sort(([a], [b]) => (a < b ? -1 : 1)))
  return shown(before) === shown(after)
}

const storedBeforeKey = (collection: SanitizedCollectionConfig, id: Doc['id']) => `toolkitStoredBefore:${collection.slug}:${id}`

/**
 * Before an update: notes on the request the stored document, which the site shows, as it is before the change
 * (whether it is published, and what it holds). Not for an autosave: a draft never reaches the site.
 */
export const noteLiveBefore: CollectionBeforeChangeHook = async ({ collection, operation, originalDoc, req, data }) => {
  if (quiet(req) || isAutosave(req) || operation !== 'update' || originalDoc?.id === undefined) return data
  req.context[storedBeforeKey(collection, originalDoc.id)] = await storedDoc(collection, originalDoc.id, req)
  return data
}

export const updateSiteAfterChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req }) => {
  if (quiet(req) || isAutosave(req)) return doc
  const before = operation === 'update' ? (req.context?.[storedBeforeKey(collection, doc.id)] as Doc | null | undefined) : undefined
  const liveBefore = before !== undefined ? isPublished(before) : isPublished(previousDoc)
  if (!isPublished(doc) && (!liveBefore || isPublished(await storedDoc(collection, doc.id, req)))) return doc
  if (isPublished(doc) && before && isPublished(before)) {
    const after = await storedDoc(collection, doc.id, req)
    // After a failed site update, publishing again is how an editor retries it: that one still queues.
    if (after && sameOnSite(before, after) && (await siteUpdateStatus(req.payload)).state !== 'failed') return doc
  }
  const what = isPublished(doc) ? 'gepubliceerd' : 'niet meer gepubliceerd'
  await enqueueSiteUpdate(req, `${documentName(collection, doc, req)} ${what}`)
  return doc
}

export const updateSiteAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (quiet(req) || !isPublished(doc)) return doc
  await enqueueSiteUpdate(req, `${documentName(collection, doc, req)} verwijderd`)
  return doc
}

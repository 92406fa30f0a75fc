/**
 * Publishing hooks: a change that reaches or leaves the public site (publish,
 * unpublish, delete of a published document, a scheduled publication) queues
 * one site update. Edits in quick succession share it: while an update waits
 * to start, no second one is queued.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest } from 'payload'
import { siteUpdateSettings } from './settings.ts'
import { UPDATE_SITE_TASK } from './updateSiteTask.ts'

const isPublished = (doc: unknown) => (doc as { _status?: string } | undefined)?._status === 'published'

async function waitingUpdate(payload: Payload, req: PayloadRequest): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: UPDATE_SITE_TASK } },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

export async function enqueueSiteUpdate(req: PayloadRequest, reason: string): Promise<void> {
  const { payload } = req
  if (await waitingUpdate(payload, req)) return
  const waitUntil = new Date(Date.now() + siteUpdateSettings().debounceMs)
  await payload.jobs.queue({ task: UPDATE_SITE_TASK, input: { reason }, waitUntil, req })
}

/** The seed import publishes everything at once and asks for one update itself. */
const quiet = (req: PayloadRequest) => Boolean(req.context?.skipSiteUpdate)

export const updateSiteAfterChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  if (quiet(req) || !(isPublished(doc) || isPublished(previousDoc))) return doc
  const what = isPublished(doc) ? 'gepubliceerd' : 'niet meer gepubliceerd'
  await enqueueSiteUpdate(req, `${collection.slug}/${(doc as { slug?: string }).slug ?? doc.id} ${what}`)
  return doc
}

export const updateSiteAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (quiet(req) || !isPublished(doc)) return doc
  await enqueueSiteUpdate(req, `${collection.slug}/${(doc as { slug?: string }).slug ?? doc.id} verwijderd`)
  return doc
}

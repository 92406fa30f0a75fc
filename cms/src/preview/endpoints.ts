import type { Endpoint, PayloadRequest } from 'payload'
import { CONTENT_COLLECTIONS, withoutEditorNotes, type ContentCollectionSlug } from '@toolkit/schemas'
import { mintPreviewToken, verifyPreviewToken } from '@toolkit/schemas/node'
import { isEditorUser, userOf } from '../access/roles.ts'
import { publishedSnapshot, snapshotResponse } from '../content/snapshot.ts'
import { previewSecret, previewUrl } from './settings.ts'

const noStore = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' }
const text = (status: number, body: string) => new Response(body, { status, headers: { ...noStore, 'Content-Type': 'text/plain; charset=utf-8' } })

/** Where the "Voorbeeld" button of a document's edit view leads (admin.preview in contentCollection). */
export const previewLinkPath = (apiRoute: string, collection: ContentCollectionSlug, id: string | number) =>
  `${apiRoute}/preview/${collection}/${encodeURIComponent(String(id))}`

/**
 * `GET /api/preview/:collection/:id`, for editors only (their session): mints
 * a token for this one document, valid for 10 minutes, and sends the browser
 * to the site's preview server with it. Minted on click, so a long-open edit
 * view still gets a fresh link.
 */
export const previewLinkEndpoint: Endpoint = {
  path: '/preview/:collection/:id',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!isEditorUser(userOf(req))) return text(401, 'Log in als redacteur om een voorbeeld te bekijken.')
    const collection = String(req.routeParams?.collection) as ContentCollectionSlug
    const id = String(req.routeParams?.id ?? '')
    if (!CONTENT_COLLECTIONS.includes(collection) || !id) return text(404, 'Onbekend document.')
    const createdAt = await creationTime(req, collection, id)
    if (!createdAt) return text(404, 'Onbekend document.')
    const token = mintPreviewToken({ collection, id, createdAt }, previewSecret())
    return new Response(null, { status: 303, headers: { ...noStore, Location: `${previewUrl()}/?token=${encodeURIComponent(token)}` } })
  },
}

/**
 * `GET /api/preview-draft?token=…`, for the site's preview server: with a
 * valid token, the published snapshot with that one document's latest draft
 * in place of its published version (relations to unpublished documents left
 * out, as on the site), and `published`: whether that latest version is the
 * published one (no changes since publishing), so the preview's banner can
 * say so instead of "not published yet". Without a token, nothing: 401, and
 * no draft is read.
 */
export const previewDraftEndpoint: Endpoint = {
  path: '/preview-draft',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const token = new URL(req.url ?? '', 'http://cms').searchParams.get('token')
    const check = verifyPreviewToken(token, previewSecret())
    if (!check.ok) return text(401, `Voorbeeldlink ${check.reason}.`)
    // The link names one document: after a delete, a new document with the same id is another one.
    if ((await creationTime(req, check.collection, check.id)) !== check.createdAt) return text(404, 'Dit document bestaat niet (meer).')
    const draft = await latestVersion(req, check.collection, check.id)
    if (!draft) return text(404, 'Dit document bestaat niet (meer).')
    const { published, ...doc } = draft
    const snapshot = publishedSnapshot(req.payload, { draft: { collection: check.collection, doc } })
    const head = JSON.stringify({ collection: check.collection, slug: draft.slug, expiresAt: check.expiresAt.toISOString(), published })
    // {"collection":…,"slug":…,"expiresAt":…,"published":…,"snapshot":{…}}, the snapshot streamed.
    return snapshotResponse(snapshot, noStore, { before: `${head.slice(0, -1)},"snapshot":`, after: '}' })
  },
}

/** When the document with this id was created (drafts included), or undefined when there is none. */
async function creationTime(req: PayloadRequest, collection: ContentCollectionSlug, id: string): Promise<string | undefined> {
  const doc = await req.payload.db.findOne<{ id: number | string; createdAt?: string }>({ collection, where: { id: { equals: id } }, req }).catch(() => null)
  return doc?.createdAt ? String(doc.createdAt) : undefined
}

/**
 * The newest version of a document, draft or published: what the editor sees
 * in the edit view. Read from the versions (the collection's own reads are
 * published-only for anyone without an editor session, hooks/forceAnonymousReadsToPublished.ts),
 * without the editor notes, which no page shows. `published`: that newest
 * version is a published one (publishing writes a version with status
 * published; any later save or unpublish writes a draft after it).
 */
async function latestVersion(req: PayloadRequest, collection: ContentCollectionSlug, id: string) {
  const found = await req.payload
    .findVersions({ collection, where: { parent: { equals: id } }, sort: '-updatedAt', limit: 1, depth: 0, overrideAccess: true })
    .catch(() => null)
  const version = found?.docs[0]?.version as (Record<string, unknown> & { slug: string; updatedAt: string }) | undefined
  if (!version) return undefined
  return { ...withoutEditorNotes(version), id, slug: version.slug, updatedAt: version.updatedAt, published: version._status === 'published' }
}

import type { Payload, Where } from 'payload'
import { CONTENT_COLLECTIONS, type ContentCollectionSlug, type MovedSlug } from '@toolkit/schemas'
import { streamSnapshot, type SnapshotSummary } from '@toolkit/schemas/node'
import { OPEN_DATA_GLOBAL, openDataOf } from '../globals/openDataSettings.ts'
import { movedSlugs } from './movedSlugs.ts'
import { toSchemaShape } from './shape.ts'
import { publicAttachmentRecords } from '../attachments/records.ts'

type Doc = Record<string, unknown> & { id: string | number; slug: string; updatedAt: string }

/** One document (an editor's draft) shown in place of its published version: the draft preview. */
export type DraftOverlay = { collection: ContentCollectionSlug; doc: Doc }

/** Documents read from the database at a time: memory holds one page, not the whole content. */
export const SNAPSHOT_PAGE_SIZE = 250

const PUBLISHED: Where = { _status: { equals: 'published' } }

/** Thrown when a document a snapshot links to was unpublished or deleted while the snapshot was written. */
export class ContentChangedDuringSnapshot extends Error {
  constructor(missing: string[]) {
    super(`De inhoud veranderde terwijl de snapshot werd gemaakt (${missing.slice(0, 3).join(', ')} is niet meer gepubliceerd); vraag hem opnieuw op.`)
    this.name = 'ContentChangedDuringSnapshot'
  }
}

/** Id → slug of every published document, read as an anonymous visitor would: what relations may point to. */
async function publishedSlugs(payload: Payload): Promise<Map<string, string>> {
  const slugs = new Map<string, string>()
  for (const collection of CONTENT_COLLECTIONS) {
    const { docs } = await payload.find({
      collection,
      where: PUBLISHED,
      draft: false,
      depth: 0,
      pagination: false,
      select: { slug: true },
      overrideAccess: false,
    })
    for (const doc of docs as unknown as Doc[]) slugs.set(`${collection}:${doc.id}`, doc.slug)
  }
  return slugs
}

/**
 * The published documents of one collection in slug order, a page at a
 * time, read as an anonymous visitor would. Pages follow the slug (keyset),
 * not an offset, so a document published meanwhile cannot shift a page.
 */
async function* publishedPages(payload: Payload, collection: ContentCollectionSlug, pageSize: number): AsyncGenerator<Doc[]> {
  let after: string | undefined
  for (;;) {
    const { docs } = await payload.find({
      collection,
      where: after === undefined ? PUBLISHED : { and: [PUBLISHED, { slug: { greater_than: after } }] },
      draft: false,
      depth: 0,
      limit: pageSize,
      pagination: false,
      sort: 'slug',
      overrideAccess: false,
    })
    const page = docs as unknown as Doc[]
    if (page.length > 0) yield page
    if (page.length < pageSize) return
    after = page.at(-1)!.slug
  }
}

/**
 * The published toolkit in the shared schema shape (see `snapshotSchema`),
 * as a stream of JSON text: what the site, PDFs and embeds are built from.
 * Read with anonymous access, so drafts and unpublished relations can never
 * leak into it; read a page at a time, so memory stays flat at any size.
 *
 * Relations become slugs through a first, small read of every published id
 * and slug. Should a linked document be unpublished or deleted before its
 * own page is read, the stream ends with ContentChangedDuringSnapshot rather
 * than link to something the snapshot lacks.
 */
export function publishedSnapshot(
  payload: Payload,
  options: { draft?: DraftOverlay; pageSize?: number } = {},
): { chunks: AsyncIterable<string>; summary: Promise<SnapshotSummary> } {
  const { draft, pageSize = SNAPSHOT_PAGE_SIZE } = options
  // Read when the first chunk is asked for, not before: a stream nobody reads costs nothing.
  let slugsRead: Promise<Map<string, string>> | undefined
  const ready = () =>
    (slugsRead ??= publishedSlugs(payload).then((slugs) => {
      if (draft) slugs.set(`${draft.collection}:${draft.doc.id}`, draft.doc.slug)
      return slugs
    }))
  // The public record of each attachment a published item links to (and those of the previewed draft).
  let attachmentsRead: ReturnType<typeof publicAttachmentRecords> | undefined
  const attachments = () => (attachmentsRead ??= publicAttachmentRecords(payload, draft?.doc))
  const linked = new Set<string>()
  const written = new Set<string>()

  async function* collectionPages(collection: ContentCollectionSlug): AsyncGenerator<unknown[]> {
    const slugs = await ready()
    const records = await attachments()
    const toUpload = (_target: string, id: string | number) => records.get(String(id))
    const toSlug = (target: ContentCollectionSlug, id: string | number) => {
      const key = `${target}:${id}`
      const slug = slugs.get(key)
      if (slug !== undefined) linked.add(key)
      return slug
    }
    const fields = payload.collections[collection]!.config.fields
    const shaped = (doc: Doc) => {
      written.add(`${collection}:${doc.id}`)
      return { ...toSchemaShape(fields, doc, toSlug, toUpload), updatedAt: doc.updatedAt }
    }
    const replaced = draft?.collection === collection ? String(draft.doc.id) : undefined
    for await (const page of publishedPages(payload, collection, pageSize)) {
      yield page.filter((doc) => String(doc.id) !== replaced).map(shaped)
    }
    if (draft && replaced !== undefined) yield [shaped(draft.doc)]
    if (collection === CONTENT_COLLECTIONS.at(-1)) {
      const missing = [...linked].filter((key) => !written.has(key))
      if (missing.length > 0) throw new ContentChangedDuringSnapshot(missing)
    }
  }

  // Publisher and licence of the open data, read as anonymous too (the global is public).
  const openData = async () =>
    openDataOf((await payload.findGlobal({ slug: OPEN_DATA_GLOBAL, depth: 0, overrideAccess: false })) as Record<string, unknown>)
  return streamSnapshot(
    CONTENT_COLLECTIONS.map((collection) => [collection, collectionPages(collection)] as const),
    undefined,
    openData,
    // The addresses that moved (a slug changed after publishing), from the versions (movedSlugs.ts).
    async () => movedSlugs(payload, await ready()),
  )
}

/** The whole snapshot as one object: for tests and small callers. The endpoints stream it. */
export async function buildSnapshot(payload: Payload, options: { draft?: DraftOverlay } = {}) {
  let text = ''
  for await (const chunk of publishedSnapshot(payload, options).chunks) text += chunk
  return JSON.parse(text) as {
    generatedAt: string
    contentVersion: string
    openData?: Record<string, string>
    moved?: MovedSlug[]
    collections: Record<ContentCollectionSlug, Record<string, unknown>[]>
  }
}

/** The content version alone (has anything published changed?), without holding the snapshot. */
export async function publishedContentVersion(payload: Payload): Promise<string> {
  const { chunks, summary } = publishedSnapshot(payload)
  for await (const _chunk of chunks);
  return (await summary).contentVersion
}

/**
 * A Response whose body is the snapshot, written as it is read; `around`
 * puts it inside a larger JSON object (the draft preview's answer).
 */
export function snapshotResponse(
  snapshot: { chunks: AsyncIterable<string> },
  headers: Record<string, string>,
  around: { before: string; after: string } = { before: '', after: '' },
): Response {
  const encoder = new TextEncoder()
  async function* bytes() {
    if (around.before) yield encoder.encode(around.before)
    for await (const chunk of snapshot.chunks) yield encoder.encode(chunk)
    if (around.after) yield encoder.encode(around.after)
  }
  const source = bytes()
  // Pulled: the next page is read only when the client has taken the last one.
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await source.next()
      if (done) controller.close()
      else controller.enqueue(value)
    },
    async cancel() {
      await source.return(undefined)
    },
  })
  return new Response(body, {
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
  })
}

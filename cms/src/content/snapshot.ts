import type { Payload } from 'payload'
import { CONTENT_COLLECTIONS, type ContentCollectionSlug } from '@toolkit/schemas'
import { wrapSnapshot } from '@toolkit/schemas/node'
import { toSchemaShape } from './shape.ts'

type Doc = Record<string, unknown> & { id: string | number; slug: string; updatedAt: string }

/** One document (an editor's draft) shown in place of its published version: the draft preview. */
export type DraftOverlay = { collection: ContentCollectionSlug; doc: Doc }

/** Every published document of one collection, read as an anonymous visitor would. */
async function publishedDocs(payload: Payload, collection: ContentCollectionSlug): Promise<Doc[]> {
  const result = await payload.find({
    collection,
    where: { _status: { equals: 'published' } },
    draft: false,
    depth: 0,
    pagination: false,
    sort: 'slug',
    overrideAccess: false,
  })
  return result.docs as unknown as Doc[]
}

/**
 * The published toolkit in the shared schema shape (see `snapshotSchema`):
 * what the site, PDFs and embeds are built from. Read with anonymous access,
 * so drafts and unpublished relations can never leak into it.
 */
export async function buildSnapshot(payload: Payload, options: { draft?: DraftOverlay } = {}) {
  const docsByCollection = new Map<ContentCollectionSlug, Doc[]>()
  for (const collection of CONTENT_COLLECTIONS) {
    docsByCollection.set(collection, await publishedDocs(payload, collection))
  }
  if (options.draft) {
    const { collection, doc } = options.draft
    const docs = docsByCollection.get(collection)!.filter((other) => String(other.id) !== String(doc.id))
    docsByCollection.set(collection, [...docs, doc])
  }
  const slugById = new Map<string, string>()
  for (const [collection, docs] of docsByCollection) {
    for (const doc of docs) slugById.set(`${collection}:${doc.id}`, doc.slug)
  }
  const toSlug = (collection: ContentCollectionSlug, id: string | number) => slugById.get(`${collection}:${id}`)

  const collections = Object.fromEntries(
    [...docsByCollection].map(([collection, docs]) => {
      const fields = payload.collections[collection]!.config.fields
      return [collection, docs.map((doc) => ({ ...toSchemaShape(fields, doc, toSlug), updatedAt: doc.updatedAt }))]
    }),
  )
  return wrapSnapshot(collections)
}

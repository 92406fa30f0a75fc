/**
 * Which attachments the public may read: those an item links to in its
 * published version. An attachment of a draft, or of an item whose newer
 * draft added it, stays with the editors; so does a file nobody links to.
 */
import type { Access, PayloadRequest, SanitizedCollectionConfig } from 'payload'
import { COLLECTIONS } from '@toolkit/schemas'
import { isEditorUser, userOf } from '../access/roles.ts'

type Id = string | number

/** The collections with a field that links attachments, taken from the config (no second list). */
export function attachingCollections(collections: SanitizedCollectionConfig[]): { slug: string; field: string }[] {
  return collections.flatMap((collection) =>
    collection.flattenedFields
      .filter((field) => field.type === 'upload' && field.relationTo === COLLECTIONS.attachments)
      .map((field) => ({ slug: collection.slug, field: field.name })),
  )
}

const idOf = (value: unknown): Id | undefined =>
  typeof value === 'string' || typeof value === 'number' ? value : value && typeof value === 'object' && 'id' in value ? (value as { id: Id }).id : undefined

/** Ids of the attachments that published items link to (the main documents are the published versions). */
export async function publicAttachmentIds(req: PayloadRequest): Promise<Id[]> {
  const ids = new Set<Id>()
  const collections = req.payload.config.collections
  for (const { slug, field } of attachingCollections(collections)) {
    const { docs } = await req.payload.find({
      collection: slug as never,
      where: { and: [{ _status: { equals: 'published' } }, { [field]: { exists: true } }] },
      draft: false,
      depth: 0,
      pagination: false,
      select: { [field]: true },
      overrideAccess: true,
      req,
    })
    for (const doc of docs as Record<string, unknown>[]) {
      for (const value of (doc[field] as unknown[] | null | undefined) ?? []) {
        const id = idOf(value)
        if (id !== undefined) ids.add(id)
      }
    }
  }
  return [...ids]
}

/** Editors read every attachment; everyone else only those of published items (a filter, so lists and files alike). */
export const editorsOrAttachedToPublished: Access = async ({ req }) => {
  if (isEditorUser(userOf(req))) return true
  const ids = await publicAttachmentIds(req)
  return ids.length > 0 ? { id: { in: ids } } : false
}

import type { FieldHook, PayloadRequest } from 'payload'
import { SHARED_FIELDS } from '@toolkit/schemas'

/**
 * The slug of a duplicated document. Payload's default for a unique text
 * field appends " - Copy", which our slug rule refuses (lower case, digits
 * and hyphens), so "Dupliceren" in the admin failed with a 400. The copy
 * gets "<slug>-kopie", or "-kopie-2", "-kopie-3", … when that is taken.
 */
export const duplicateSlug: FieldHook = async ({ value, collection, req }) => {
  if (typeof value !== 'string' || value === '' || !collection) return value
  return freeSlug(`${value.replace(/-kopie(-\d+)?$/, '')}-kopie`, collection.slug, req)
}

/** Room kept for a suffix ("-kopie-12") within the slug's length. */
const SUFFIX_ROOM = 12

/**
 * `base`, or `base-2`, `base-3`, … when another document of the collection
 * (not `self`) has it: in its stored row (the unique index) or in its newest
 * draft (published later, it would clash).
 */
export async function freeSlug(full: string, collection: string, req: PayloadRequest, self?: string | number): Promise<string> {
  const base = full.slice(0, SHARED_FIELDS.slug.maxLength - SUFFIX_ROOM).replace(/-+$/, '')
  const find = (draft: boolean) =>
    req.payload.find({
      collection: collection as never,
      where: { slug: { like: base }, ...(self !== undefined ? { id: { not_equals: self } } : {}) },
      select: { slug: true } as never,
      depth: 0,
      limit: 0,
      pagination: false,
      draft,
      overrideAccess: true,
      req,
    })
  const found = await Promise.all([find(true), find(false)])
  const taken = new Set(found.flatMap(({ docs }) => docs.map((doc) => (doc as { slug?: string }).slug)))
  if (!taken.has(base)) return base
  let number = 2
  while (taken.has(`${base}-${number}`)) number += 1
  return `${base}-${number}`
}

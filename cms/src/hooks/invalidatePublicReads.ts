import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig } from 'payload'
import { invalidatePublicReads } from '../requests/publicReadCache.ts'

/**
 * Every change to any collection, however it is made (REST, GraphQL, the
 * admin, a scheduled publication, the seed), makes the cached public reads
 * (requests/publicReadCache.ts) be read again: a publish, unpublish or
 * delete shows on the very next request. Drafts count too; a few more
 * database reads are cheaper than deciding which changes are public.
 */
const afterChange: CollectionAfterChangeHook = ({ doc }) => {
  invalidatePublicReads()
  return doc
}

const afterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  invalidatePublicReads()
  return doc
}

/** The collection with the two hooks added after its own. */
export function withPublicReadInvalidation(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: { ...hooks, afterChange: [...(hooks.afterChange ?? []), afterChange], afterDelete: [...(hooks.afterDelete ?? []), afterDelete] },
  }
}

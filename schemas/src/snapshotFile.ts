import { createHash } from 'node:crypto'
import type { ContentCollectionSlug } from './slugs.ts'

/**
 * Wraps documents (already in schema shape, each with `updatedAt`) into the
 * snapshot format (`snapshotSchema`): `generatedAt` and a `contentVersion`
 * that changes whenever any document changes. The one wrapper used by the
 * CMS (`GET /api/snapshot`), the site's scripts and the benchmark.
 */
export function wrapSnapshot<T extends { readonly [C in ContentCollectionSlug]?: readonly unknown[] }>(
  collections: T,
  generatedAt: string = new Date().toISOString(),
): { generatedAt: string; contentVersion: string; collections: T } {
  const contentVersion = createHash('sha256').update(JSON.stringify(collections)).digest('hex').slice(0, 16)
  return { generatedAt, contentVersion, collections }
}

/**
 * Addresses that moved: the earlier published slugs of each published
 * document, taken from Payload's own versions (every publish stores one), so
 * no list is kept beside them. The site redirects each to the document's
 * address now (site/src/http/redirect-rules.mjs), so links shared before an
 * editor changed a slug keep working. A slug that another published document
 * of the collection has now is not moved (its page answers), nor is one of a
 * document that is no longer published (there is nothing to go to). Versions
 * beyond `maxPerDoc` are gone, and with them the oldest addresses.
 */
import type { Payload } from 'payload'
import { CONTENT_COLLECTIONS } from '@toolkit/schemas'
import type { MovedSlug } from '@toolkit/schemas'
import { parentIdOf } from './versionParent.ts'

/** `slugs`: `collection:id` → slug of every published document (what the snapshot links to). */
export async function movedSlugs(payload: Payload, slugs: ReadonlyMap<string, string>): Promise<MovedSlug[]> {
  const moved = new Map<string, MovedSlug>()
  for (const collection of CONTENT_COLLECTIONS) {
    const inUse = new Set([...slugs].filter(([key]) => key.startsWith(`${collection}:`)).map(([, slug]) => slug))
    // Published versions only: a slug tried in a draft was never an address anyone could share.
    const { docs } = await payload.findVersions({
      collection,
      where: { 'version._status': { equals: 'published' } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { parent: true, version: { slug: true } },
    })
    for (const version of docs) {
      const to = slugs.get(`${collection}:${parentIdOf(version)}`)
      const from = (version.version as { slug?: string }).slug
      if (!to || !from || from === to || inUse.has(from) || moved.has(`${collection}:${from}`)) continue
      moved.set(`${collection}:${from}`, { collection, from, to })
    }
  }
  // A stable order, so the same moves give the same content version.
  return [...moved.values()].sort((a, b) => a.collection.localeCompare(b.collection) || a.from.localeCompare(b.from))
}

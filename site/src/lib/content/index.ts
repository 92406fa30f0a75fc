/**
 * The content as pages use it: loaded once per build through the loader, with
 * lookups by collection and slug.
 */
import type { ContentCollectionSlug, Snapshot } from '@toolkit/schemas'
import { loadContent } from './load.ts'

export type Collections = Snapshot['collections']
/** A published document of a collection, as the snapshot holds it. */
export type DocOf<C extends ContentCollectionSlug> = Collections[C][number]
export type AnyDoc = DocOf<ContentCollectionSlug>

export type Content = {
  readonly collections: Collections
  readonly generatedAt: string
  readonly contentVersion: string
  /** The document with this slug, or undefined. */
  find<C extends ContentCollectionSlug>(collection: C, slug: string): DocOf<C> | undefined
  /** The documents with these slugs, in the given order, skipping unknown slugs. */
  findAll<C extends ContentCollectionSlug>(collection: C, slugs: readonly string[]): DocOf<C>[]
}

export function indexContent(snapshot: Snapshot): Content {
  const bySlug = new Map<string, AnyDoc>()
  for (const [collection, docs] of Object.entries(snapshot.collections)) {
    for (const doc of docs as AnyDoc[]) bySlug.set(`${collection}/${doc.slug}`, doc)
  }
  const find = <C extends ContentCollectionSlug>(collection: C, slug: string) =>
    bySlug.get(`${collection}/${slug}`) as DocOf<C> | undefined
  return {
    collections: snapshot.collections,
    generatedAt: snapshot.generatedAt,
    contentVersion: snapshot.contentVersion,
    find,
    findAll: (collection, slugs) =>
      slugs.map((slug) => find(collection, slug)).filter((doc) => doc !== undefined),
  }
}

let pending: Promise<Content> | undefined

/** The site's content, loaded and validated once per build. */
export function getContent(): Promise<Content> {
  pending ??= loadContent().then(indexContent)
  return pending
}

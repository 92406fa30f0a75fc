/**
 * The content as pages use it: loaded once per build through the loader, with
 * lookups by collection and slug.
 */
import type { ContentCollectionSlug, Snapshot } from '@toolkit/schemas'
import { describeSource, loadContent, sourceFromEnv, type ContentSource } from './load.ts'
import { trackContent } from './reads.ts'

export type Collections = Snapshot['collections']
/** A published document of a collection, as the snapshot holds it. */
export type DocOf<C extends ContentCollectionSlug> = Collections[C][number]
export type AnyDoc = DocOf<ContentCollectionSlug>

export type Content = {
  /** The validated snapshot itself, for the PDF engine and the build's bookkeeping. */
  readonly snapshot: Snapshot
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
    snapshot,
    collections: snapshot.collections,
    generatedAt: snapshot.generatedAt,
    contentVersion: snapshot.contentVersion,
    find,
    findAll: (collection, slugs) =>
      slugs.map((slug) => find(collection, slug)).filter((doc) => doc !== undefined),
  }
}

/**
 * Loads in flight or done, by source, shared by the whole process: Astro
 * bundles the pages into a module graph of their own, so a module-level
 * variable would exist twice (once for the integrations, once for the pages)
 * and the content would be read twice, possibly in two different versions.
 */
const LOADS = Symbol.for('toolkit.site.content')
type Loads = Map<string, Promise<Content>>

function loads(): Loads {
  const holder = globalThis as typeof globalThis & { [LOADS]?: Loads }
  holder[LOADS] ??= new Map()
  return holder[LOADS]
}

/**
 * The site's content, read and validated once per build (per process and
 * source): the integrations (PDFs, search, incremental build) and every page
 * get this same object. It records what a page's render reads (reads.ts).
 */
export function getContent(source: ContentSource = sourceFromEnv()): Promise<Content> {
  const key = describeSource(source)
  let pending = loads().get(key)
  if (!pending) {
    pending = loadContent(source).then((snapshot) => trackContent(indexContent(snapshot)))
    loads().set(key, pending)
  }
  return pending
}

/**
 * What each page of the site is made from, as one fingerprint per page: an
 * incremental build renders a page again exactly when its fingerprint
 * changed (src/build/plan.ts). A fingerprint hashes the inputs the page's
 * template reads, taken with the same view functions the template uses:
 *
 * - a document's own pages (its page, embed view, oEmbed answer, CSV): the
 *   document, every document it points to or that points to it (the
 *   relations of @toolkit/schemas, both ways: a fragment shows its
 *   production, a production lists its fragments), its related items
 *   ("Over hetzelfde thema" and the documents they show), its search words
 *   (which depend on the names of every theme and intervention), its PDF
 *   link with size, and the themes;
 * - a listing: its list items and the themes; the overview: all list items;
 *   a theme page: the theme, the themes and the items it lists; the
 *   planner: its props (default plan, its texts, the catalogue's hash); the
 *   planner's data files: what they hold;
 * - any other page (home, search, 404, …): no fingerprint, so it is always
 *   rendered. A page template that starts reading more than this must extend
 *   its rule here, or drop it; without a rule a page is never stale.
 *
 * A page can also give its own fingerprint: the `cacheKey` Astro lets
 * getStaticPaths return with each path (src/build/plan.ts combines both).
 *
 * The site's code is not in the fingerprints: a change to it makes the
 * build full (src/build/code-hash.ts).
 */
import { RELATIONS, type ContentCollectionSlug } from '@toolkit/schemas'
import type { AnyDoc, Content } from '../lib/content/index.ts'
import { DETAIL_SECTIONS, plannerFiles, plannerProps } from '../lib/planner/files.ts'
import { SECTIONS } from '../lib/routes.ts'
import { allItems, ITEM_COLLECTIONS, listItems, toListItem, type ItemCollection } from '../lib/view/items.ts'
import { refsAt, relatedItems } from '../lib/view/related.ts'
import { concepts, searchTermsFor } from '../lib/view/search-terms.ts'
import type { PdfLinks } from '../pdf/vite-plugin.ts'
import { hashOf } from './hash.ts'

/** `collection/slug` */
export type DocumentKey = string

/** Per document: its content hash and, to save work next time, the hash of its search words. */
export type DocumentRecord = { hash: string; terms: string }

/** What the previous build knew: document records and the hash of all theme and intervention names. */
export type InputsMemo = { documents: Record<DocumentKey, DocumentRecord>; concepts: string }

const SECTION_OF_SEGMENT = new Map(
  (Object.keys(SECTIONS) as ContentCollectionSlug[]).map((collection) => [SECTIONS[collection].path, collection]),
)
const ITEMS = new Set<string>(ITEM_COLLECTIONS)

/**
 * The document a page belongs to, from its path: `/filmfragmenten/hoop/`,
 * `/embed/filmfragmenten/hoop/`, `/oembed/filmfragmenten/hoop.json`,
 * `/onderbouwing/tabel-5-6.csv` all belong to that document.
 */
export function documentOfPath(pathname: string): { collection: ContentCollectionSlug; slug: string } | undefined {
  const match = /^\/(?:embed\/|oembed\/)?([^/]+)\/([^/]+?)(?:\/|\.json|\.csv)$/.exec(pathname)
  const collection = match && SECTION_OF_SEGMENT.get(match[1]!)
  return collection ? { collection, slug: decodeURIComponent(match[2]!) } : undefined
}

/** The listing a path is, if it is one: `/werkvormen/`, `/embed/werkvormen/`. */
function listingOfPath(pathname: string): ItemCollection | undefined {
  const match = /^\/(?:embed\/)?([^/]+)\/$/.exec(pathname)
  const collection = match && SECTION_OF_SEGMENT.get(match[1]!)
  return collection && ITEMS.has(collection) ? (collection as ItemCollection) : undefined
}

export type PageInputs = {
  /** The fingerprint of a page, or undefined when the page is always rendered. */
  of(page: string): string | undefined
  /** What the next build can reuse. */
  memo(): InputsMemo
  /** Documents in this content whose hash differs from the memo's, and documents the memo has that are gone. */
  changes(previous: InputsMemo | undefined): { changed: DocumentKey[]; removed: DocumentKey[] }
}

export function pageInputs(content: Content, pdfLinks: PdfLinks, previous?: InputsMemo): PageInputs {
  const docs = new Map<DocumentKey, { collection: ContentCollectionSlug; doc: AnyDoc }>()
  for (const [collection, list] of Object.entries(content.collections) as Array<[ContentCollectionSlug, AnyDoc[]]>) {
    for (const doc of list) docs.set(`${collection}/${doc.slug}`, { collection, doc })
  }
  const hashes = new Map([...docs].map(([key, { doc }]) => [key, hashOf(doc)]))
  const themes = hashOf(content.collections.themes)
  const conceptsHash = hashOf(concepts(content))
  const neighbours = neighbourIndex(content)
  const terms = new Map<DocumentKey, string>()
  const fingerprints = new Map<DocumentKey, string>()

  /** Search words change with the document or with any theme's or intervention's names. */
  const termsOf = (key: DocumentKey, collection: ItemCollection, doc: AnyDoc) => {
    let hash = terms.get(key)
    if (hash === undefined) {
      const known = previous?.documents[key]
      hash =
        known && previous!.concepts === conceptsHash && known.hash === hashes.get(key)
          ? known.terms
          : hashOf(searchTermsFor(toListItem(collection, doc, content), doc, content))
      terms.set(key, hash)
    }
    return hash
  }

  const documentFingerprint = (key: DocumentKey): string | undefined => {
    const entry = docs.get(key)
    if (!entry || !ITEMS.has(entry.collection)) return undefined
    let fingerprint = fingerprints.get(key)
    if (fingerprint === undefined) {
      const collection = entry.collection as ItemCollection
      const related = relatedItems(content, collection, entry.doc.slug)
      const shown = [...(neighbours.get(key) ?? []), ...related.linked, ...related.similar].map((other) =>
        typeof other === 'string' ? other : `${other.collection}/${other.slug}`,
      )
      fingerprint = hashOf({
        doc: hashes.get(key),
        shown: [...new Set(shown)].sort().map((other) => [other, hashes.get(other)]),
        similar: related.similar.map((item) => `${item.collection}/${item.slug}`),
        terms: termsOf(key, collection, entry.doc),
        pdf: pdfLinks[key] ?? null,
        themes,
      })
      fingerprints.set(key, fingerprint)
    }
    return fingerprint
  }

  let everything: ReturnType<typeof allItems> | undefined
  const items = () => (everything ??= allItems(content))
  let overview: string | undefined
  let planner: string | undefined
  const listings = new Map<ItemCollection, string>()

  return {
    of(page) {
      // Astro names static pages without the trailing slash (`/overzicht`), generated ones with it.
      const pathname = page.endsWith('/') || /\.\w+$/.test(page) ? page : `${page}/`
      // The oEmbed answer of a listing holds no content, only addresses (code and settings).
      if (/^\/oembed\/[^/]+\/index\.json$/.test(pathname)) return 'oembed-listing'
      // The planner's catalogue file is named by the hash of what it holds.
      if (pathname.startsWith('/plannen/gegevens/')) return pathname
      // The planner's file of one item holds that item's texts.
      const details = /^\/plannen\/onderdelen\/([^/]+)\/([^/]+)\.json$/.exec(pathname)
      if (details) {
        const kind = (Object.keys(DETAIL_SECTIONS) as Array<keyof typeof DETAIL_SECTIONS>).find(
          (candidate) => SECTIONS[DETAIL_SECTIONS[candidate]].path === details[1],
        )
        const value = kind && plannerFiles(content).details[kind][decodeURIComponent(details[2]!)]
        return value === undefined ? undefined : hashOf(value)
      }
      const owner = documentOfPath(pathname)
      if (owner?.collection === 'themes') {
        const listed = items().filter((item) => item.facets.thema?.includes(owner.slug))
        return hashOf({ theme: hashes.get(`themes/${owner.slug}`) ?? null, themes, conceptsHash, items: listed })
      }
      if (owner) return documentFingerprint(`${owner.collection}/${owner.slug}`)
      const listing = listingOfPath(pathname)
      if (listing) {
        if (!listings.has(listing)) listings.set(listing, hashOf({ items: listItems(content, listing), themes }))
        return listings.get(listing)
      }
      if (pathname === '/overzicht/') return (overview ??= hashOf({ items: items(), themes }))
      if (pathname === '/plannen/') {
        // The page holds the default plan, the texts it shows and the catalogue file's name (src/lib/planner/files.ts).
        return (planner ??= hashOf(plannerProps(content, '/')))
      }
      return undefined
    },
    memo() {
      const documents: Record<DocumentKey, DocumentRecord> = {}
      for (const [key, { collection, doc }] of docs) {
        if (ITEMS.has(collection)) documents[key] = { hash: hashes.get(key)!, terms: termsOf(key, collection as ItemCollection, doc) }
        else documents[key] = { hash: hashes.get(key)!, terms: '' }
      }
      return { documents, concepts: conceptsHash }
    },
    changes(before) {
      const known = before?.documents ?? {}
      const changed = [...hashes].filter(([key, hash]) => known[key]?.hash !== hash).map(([key]) => key)
      const removed = Object.keys(known).filter((key) => !docs.has(key))
      return { changed, removed }
    },
  }
}

/** Per item: the documents it points to and those that point to it (themes left out: they count as a whole). */
function neighbourIndex(content: Content): Map<DocumentKey, Set<DocumentKey>> {
  const index = new Map<DocumentKey, Set<DocumentKey>>()
  const add = (from: DocumentKey, to: DocumentKey) => {
    let set = index.get(from)
    if (!set) index.set(from, (set = new Set()))
    set.add(to)
  }
  for (const [source, relations] of Object.entries(RELATIONS) as Array<[ContentCollectionSlug, Record<string, ContentCollectionSlug>]>) {
    for (const [path, target] of Object.entries(relations)) {
      if (target === 'themes') continue
      for (const doc of content.collections[source] as AnyDoc[]) {
        for (const ref of refsAt(doc, path)) {
          add(`${source}/${doc.slug}`, `${target}/${ref}`)
          add(`${target}/${ref}`, `${source}/${doc.slug}`)
        }
      }
    }
  }
  return index
}

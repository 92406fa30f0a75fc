/**
 * What a page's render read of the content, so an incremental build renders
 * a page again exactly when something it read changed (src/build/page-reads.ts).
 *
 * The content pages get (`getContent()`) records each read: a field of a
 * document (`doc fragments hoop title`, a field that is absent counts too),
 * a whole document (its keys enumerated), a collection as a list
 * (`list fragments`: which documents exist, in order), a snapshot field
 * (`snapshot generatedAt`) and a PDF link (`pdf fragments/hoop`). The reads
 * go into Astro's render scope: the `contentEntries` of the page being
 * rendered, which Astro hands back with the rendered page as its
 * `contentEntryKeys` (src/integrations/incremental.ts asks for them).
 *
 * Two kinds of cached computation keep this exact and cheap:
 * - a *selection* (`selection()`: related items, the listings, the planner's
 *   files) counts as one read, `select <id> <arguments>`, whose value is its
 *   result: the page depends on what the selection chose, not on every
 *   document it looked at to choose (a related list scans every item's
 *   themes; only the items it shows matter). The next build computes the
 *   selection again to compare; `id` names the module and export, so the
 *   build can load it;
 * - a *remembered* computation (`remembered()`) replays the reads it made,
 *   compacted (`compactReads`), to every page that gets its cached result.
 * No other cache may hold content-derived values: a page served from it
 * would not record what the value was made from.
 */
import { getInstalledRenderScope } from 'astro/app'
import { hashOf } from '../../build/hash.ts'
import type { Content } from './index.ts'

/** Reads a computation collects for itself (shared by every copy of this module: Astro bundles the pages apart). */
const COLLECTORS = Symbol.for('toolkit.site.read-collectors')
/** Selections by id, for the build to compute them again. */
const SELECTIONS = Symbol.for('toolkit.site.selections')
const RAW = Symbol.for('toolkit.site.raw-content')

type Global = typeof globalThis & {
  [COLLECTORS]?: Array<Set<string> | null>
  [SELECTIONS]?: Map<string, (content: Content, ...args: never[]) => unknown>
}
const global = globalThis as Global
const collectors = (global[COLLECTORS] ??= [])
const selections = (global[SELECTIONS] ??= new Map())

/** Records one read: into the computation collecting reads, else into the page being rendered (none outside a render). */
export function recordRead(key: string): void {
  if (collectors.length > 0) {
    collectors.at(-1)?.add(key)
    return
  }
  ;(getInstalledRenderScope()?.getStore() as { contentEntries?: Set<string> } | undefined)?.contentEntries?.add(key)
}

/** Runs a synchronous computation with its reads going into `into` (null: dropped) instead of the page's. */
function collect<R>(into: Set<string> | null, compute: () => R): R {
  collectors.push(into)
  try {
    return compute()
  } finally {
    collectors.pop()
  }
}

/** Properties no page reads as content (JSON serialisation, promise checks, inspection). */
const NOT_CONTENT = new Set(['toJSON', 'then', 'constructor', 'valueOf', 'toString'])

/** A document that records which fields are read. */
function trackedDoc<T extends object>(collection: string, doc: T, cache: WeakMap<object, object>): T {
  let proxy = cache.get(doc) as T | undefined
  if (!proxy) {
    const key = `doc ${collection} ${(doc as { slug: string }).slug}`
    proxy = new Proxy(doc, {
      get(target, property, receiver) {
        if (typeof property === 'string' && !NOT_CONTENT.has(property)) recordRead(`${key} ${property}`)
        return Reflect.get(target, property, receiver)
      },
      has(target, property) {
        if (typeof property === 'string') recordRead(`${key} ${property}`)
        return Reflect.has(target, property)
      },
      ownKeys(target) {
        recordRead(key)
        return Reflect.ownKeys(target)
      },
    })
    cache.set(doc, proxy)
  }
  return proxy
}

/** A collection's list: reading it at all is a read of which documents exist; its documents are tracked. */
function trackedList<T extends object>(collection: string, docs: T[], cache: WeakMap<object, object>): T[] {
  return new Proxy(docs, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver)
      return typeof property === 'string' && /^\d+$/.test(property) && value ? trackedDoc(collection, value as T, cache) : value
    },
  })
}

/** The content with every read recorded. The same object for the same content. */
export function trackContent(content: Content): Content {
  const docs = new WeakMap<object, object>()
  const lists = new Map<string, unknown[]>()
  const collections = new Proxy(content.collections, {
    get(target, property, receiver) {
      const list = Reflect.get(target, property, receiver)
      if (typeof property !== 'string' || !Array.isArray(list)) return list
      recordRead(`list ${property}`)
      if (!lists.has(property)) lists.set(property, trackedList(property, list, docs))
      return lists.get(property)
    },
  })
  const find = ((collection: string, slug: string) => {
    const doc = content.find(collection as never, slug)
    // Whether it exists: a page that only checks for it depends on that too.
    recordRead(`doc ${collection} ${slug} slug`)
    return doc && trackedDoc(collection, doc, docs)
  }) as Content['find']
  return {
    get snapshot() {
      recordRead('snapshot contentVersion')
      return content.snapshot
    },
    get generatedAt() {
      recordRead('snapshot generatedAt')
      return content.generatedAt
    },
    get contentVersion() {
      recordRead('snapshot contentVersion')
      return content.contentVersion
    },
    collections,
    find,
    findAll: ((collection: string, slugs: readonly string[]) =>
      slugs.map((slug) => find(collection as never, slug)).filter((doc) => doc !== undefined)) as Content['findAll'],
    [RAW]: content,
  } as Content
}

/** The content without recording (for the build's own bookkeeping and for selections). */
export function untracked<C extends object>(content: C): C {
  return (content as C & { [RAW]?: C })[RAW] ?? content
}

/** Reads of one field of more documents of a collection than this become one read of that field of all of them. */
const COLUMN_AT = 16

/**
 * The parts of a read of a document (`doc <collection> <slug>`, field `*`: the whole document) or of one of its fields
 * (`doc <collection> <slug> <field>`); undefined for any other read. With indexOf: a page records hundreds of reads,
 * 10,000 pages a build.
 */
export function documentRead(key: string): { collection: string; slug: string; field: string } | undefined {
  if (!key.startsWith('doc ')) return undefined
  const collectionEnd = key.indexOf(' ', 4)
  if (collectionEnd < 0) return undefined
  const slugEnd = key.indexOf(' ', collectionEnd + 1)
  const fieldEnd = slugEnd < 0 ? -1 : key.indexOf(' ', slugEnd + 1)
  return {
    collection: key.slice(4, collectionEnd),
    slug: key.slice(collectionEnd + 1, slugEnd < 0 ? undefined : slugEnd),
    field: slugEnd < 0 ? '*' : key.slice(slugEnd + 1, fieldEnd < 0 ? undefined : fieldEnd),
  }
}

/** The reads of one render, sorted, with many reads of one field of a collection as one `column` read. */
export function compactReads(keys: Iterable<string>): string[] {
  const reads = new Set<string>()
  const columns = new Map<string, string[]>()
  for (const key of keys) {
    const parts = documentRead(key)
    if (!parts) {
      reads.add(key)
      continue
    }
    const column = `${parts.collection} ${parts.field}`
    const list = columns.get(column)
    if (list) list.push(key)
    else columns.set(column, [key])
  }
  for (const [column, list] of columns) {
    if (list.length > COLUMN_AT) reads.add(`column ${column}`)
    else for (const key of list) reads.add(key)
  }
  return [...reads].sort()
}

type Json = string | number | boolean | null | undefined | readonly Json[] | { readonly [key: string]: Json }

/**
 * A cached computation over the content whose result is what pages depend
 * on (see above). Synchronous; arguments are JSON. `id` is
 * `<module under src/>#<export>`, e.g. `lib/view/related.ts#relatedItems`.
 */
export function selection<C extends Pick<Content, 'collections'>, A extends Json[], R>(
  id: string,
  compute: (content: C, ...args: A) => R,
): (content: C, ...args: A) => R {
  const results = new WeakMap<C, Map<string, R>>()
  const select = (content: C, ...args: A): R => {
    const raw = untracked(content)
    const argsKey = JSON.stringify(args)
    recordRead(`select ${id} ${argsKey}`)
    let byArgs = results.get(raw)
    if (!byArgs) results.set(raw, (byArgs = new Map()))
    if (!byArgs.has(argsKey)) byArgs.set(argsKey, frozen(collect(null, () => compute(raw, ...args))))
    return byArgs.get(argsKey)!
  }
  selections.set(id, select as never)
  return select
}

/** A selection's result is shared by every page asking: frozen (its top level), so a page that sorts it in place fails instead of changing it for the others. */
function frozen<R>(value: R): R {
  return typeof value === 'object' && value !== null && !(value instanceof Map) && !(value instanceof Set) ? Object.freeze(value) : value
}

/** The selection with this id, once its module is loaded (src/build/page-reads.ts loads it). */
export function selectionById(id: string): ((content: Content, ...args: Json[]) => unknown) | undefined {
  return selections.get(id) as never
}

/** A cached result with the reads it was made from, replayed to each page that gets it. */
export type Remembered<R> = { value: R; reads: readonly string[] }

/** The cached entry's value (computed and cached when missing), its reads recorded for the page asking. Synchronous. */
export function remembered<K, R>(cache: { get(key: K): Remembered<R> | undefined; set(key: K, value: Remembered<R>): unknown }, key: K, compute: () => R): R {
  let entry = cache.get(key)
  if (!entry) {
    const reads = new Set<string>()
    // Compacted once here, not in every page that replays them: the open-data files read every field of every document.
    entry = { value: collect(reads, compute), reads: compactReads(reads) }
    cache.set(key, entry)
  }
  for (const read of entry.reads) recordRead(read)
  return entry.value
}

/**
 * Props a page gets from getStaticPaths were made outside its render, so no read records them: their hash
 * becomes the path's `cacheKey` (Astro's own "this page's data"), which the incremental build compares with
 * the page's reads.
 */
export function keyedByProps<P extends { props: object }>(paths: P[]): Array<P & { cacheKey: string }> {
  return paths.map((path) => ({ ...path, cacheKey: hashOf(path.props) }))
}

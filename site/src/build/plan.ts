/**
 * Which pages this build renders. A full build renders every page. An
 * incremental one takes a page over from the previous output unchanged
 * (link-pages.ts) when everything its previous render read gives the same
 * values in this build's content (page-reads.ts); it renders every other
 * page, and every page it has no reads of. Pages that no longer exist are
 * simply not taken over.
 *
 * A page is also rendered again when a `_astro/` file it links (recorded
 * from its rendered HTML, src/build/assets.ts) is not one this build wrote:
 * whatever changed the scripts, no page taken over loads a file of an
 * earlier build.
 *
 * The build is full when there is no previous build state, or when the code
 * or the settings changed (code-hash.ts). It never turns full because much
 * changed: a page taken over costs one hard link, far less than rendering
 * it, so rendering only what changed is never slower.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { PathWithRoute } from 'astro'
import type { Content } from '../lib/content/index.ts'
import { compactReads, untracked } from '../lib/content/reads.ts'
import type { PdfLinks } from '../pdf/links.ts'
import { hashOf } from './hash.ts'
import { pageFingerprints } from './page-reads.ts'
import type { BuildState, PageRecord } from './state.ts'

export type PlanOptions = {
  content: Content
  pdfLinks: PdfLinks
  /** This build's code fingerprint. */
  code: string
  /** The previous build's state and output folder, when there is a previous build to build on. */
  previous?: { state: BuildState | undefined; output: string }
  /** Why every page is to be rendered although there is a previous build (SITE_FULL_BUILD). */
  full?: string
}

/** The file Astro writes for a path (build format "directory"). */
export function outputFileOf(pathname: string, routeType: string): string {
  const path = encodeURI(pathname).replace(/^\//, '')
  if (routeType === 'endpoint') return path
  if (path === '404' || path === '500') return `${path}.html`
  return `${path}${path === '' || path.endsWith('/') ? '' : '/'}index.html`
}

/** `/filmfragmenten/hoop/`, `/filmfragmenten/hoop`, `/404` and `/404.html` alike. */
const pageKey = (pathname: string) => decodeURI(pathname).replace(/(\.html|\/)$/, '')

export type Plan = ReturnType<typeof makePlan>

export function makePlan({ content, pdfLinks, code, previous, full }: PlanOptions) {
  const before = previous?.state
  const fullBecause = full
    ? full
    : !previous || !before
      ? 'er is geen vorige bouw om op voort te bouwen'
      : before.code !== code
        ? 'de code, de pakketten of de instellingen zijn gewijzigd'
        : undefined
  const documents = documentHashes(content)
  const known = before?.documents ?? {}
  // The previous build's read hashes hold only for the same code (a full build for any other reason could use them, but need not).
  const fingerprint = pageFingerprints(
    content,
    pdfLinks,
    before && !fullBecause ? { reads: before.reads, hashes: before.readHashes, unchanged: (document) => known[document] !== undefined && known[document] === documents[document] } : undefined,
  )
  const changed = Object.keys(documents).filter((key) => known[key] !== documents[key])
  const removed = Object.keys(known).filter((key) => !(key in documents))
  /** Per page: what its render read (this build's, or the previous one's for a page taken over), and its cacheKey. */
  const reads = new Map<string, { reads: readonly string[] | null; cacheKey: string | undefined }>()
  const pages: Record<string, PageRecord> = {}
  const reused: string[] = []
  const summary = { changedDocuments: changed.length, removedDocuments: removed.length, pagesRendered: 0, pagesForAssets: 0 }
  const assetSets: Record<string, string[]> = {}
  const scriptSets: Record<string, string[]> = {}
  const pathOfFile = new Map<string, string>()
  const pathOfKey = new Map<string, string>()

  return {
    /** Why this build renders every page; undefined for an incremental build. */
    fullBecause,
    /** Output files to take over from the previous build (after `choose`). */
    reused,
    summary,
    /** This build's number on this output (1 after a build without state). */
    build: (before?.build ?? 0) + 1,
    /** Records every page of the site and returns those to render; `assets`: the `_astro/` files this build wrote. */
    choose(paths: readonly PathWithRoute[], assets: ReadonlySet<string>): PathWithRoute[] {
      const render: PathWithRoute[] = []
      /** Per set of linked files: whether this build wrote every one of them. */
      const complete = new Map<string, boolean>()
      const linksPresent = (id: string | null | undefined) => {
        if (id === null) return true
        if (id === undefined || !before?.assetSets[id]) return false
        if (!complete.has(id)) complete.set(id, before.assetSets[id]!.every((file) => assets.has(file)))
        return complete.get(id)!
      }
      for (const path of paths) {
        const file = outputFileOf(path.pathname, path.route.type)
        const record = before?.pages[path.pathname]
        const recordReads = record?.reads ? record.reads.map((index) => before!.reads[index]!) : null
        const inputs = !fullBecause && recordReads ? fingerprint(recordReads, path.cacheKey) : undefined
        pages[path.pathname] = { file, inputs: null, reads: null, assets: null, indexed: null, scripts: null }
        pathOfFile.set(file, path.pathname)
        pathOfKey.set(pageKey(path.pathname), path.pathname)
        const unchanged = inputs !== undefined && record?.inputs === inputs && record.file === file && existsSync(join(previous!.output, file))
        // A state that lost a page's script set cannot say what the page runs: rendered again, like unknown links.
        if (unchanged && linksPresent(record.assets) && (record.scripts === null || before!.scriptSets[record.scripts] !== undefined)) {
          reused.push(file)
          Object.assign(pages[path.pathname]!, { inputs, assets: record.assets, indexed: record.indexed, scripts: record.scripts })
          reads.set(path.pathname, { reads: recordReads, cacheKey: path.cacheKey })
          if (record.assets !== null) assetSets[record.assets] = before!.assetSets[record.assets]!
          if (record.scripts !== null) scriptSets[record.scripts] = before!.scriptSets[record.scripts]!
        } else {
          render.push(path)
          reads.set(path.pathname, { reads: null, cacheKey: path.cacheKey })
          if (unchanged) summary.pagesForAssets += 1
        }
      }
      summary.pagesRendered = render.length
      return render
    },
    /** Records what a page's render read of the content (src/lib/content/reads.ts), by its path (without the base). */
    read(pathname: string, keys: Iterable<string>) {
      const path = pathOfKey.get(pageKey(pathname))
      const entry = path === undefined ? undefined : reads.get(path)
      if (entry) entry.reads = compactReads(keys)
    },
    /**
     * Records the `_astro/` files a rendered page links (null: not an HTML page), when it is indexed its index key
     * (index-key.ts), and the CSP hashes of its inline scripts.
     */
    linked(file: string, refs: readonly string[] | null, indexed: string | null, scripts: readonly string[]) {
      const page = pages[pathOfFile.get(file) ?? '']
      if (!page) return
      page.indexed = indexed
      page.scripts = scripts.length === 0 ? null : hashOf(scripts)
      if (page.scripts !== null) scriptSets[page.scripts] = [...scripts]
      if (refs === null || refs.length === 0) page.assets = null
      else {
        // Pages share few distinct sets of assets: the state keeps each set once, by id.
        page.assets = hashOf(refs)
        assetSets[page.assets] = [...refs]
      }
    },
    /** The CSP hashes of the inline scripts of every page of the site (after `choose` and `linked`), sorted: rendered now or taken over. */
    inlineScriptHashes() {
      const hashes = new Set<string>()
      for (const { scripts } of Object.values(pages)) for (const hash of scripts === null ? [] : scriptSets[scripts]!) hashes.add(hash)
      return [...hashes].sort()
    },
    /** Every page's output file, whether it was taken over (after `choose`) and, when indexed, its index key (after `linked`). */
    pages() {
      const taken = new Set(reused)
      return Object.values(pages).map(({ file, indexed }) => ({ file, reused: taken.has(file), indexed }))
    },
    /** Works out the inputs (fingerprints of their reads) of the pages rendered; `nextState` does what is left undone. */
    settleInputs() {
      for (const [pathname, page] of Object.entries(pages)) {
        const entry = reads.get(pathname)
        if (page.inputs === null && entry?.reads) page.inputs = fingerprint(entry.reads, entry.cacheKey) ?? null
      }
    },
    /** The state to keep for the next build (after `choose` and `linked`), with this build's asset records. */
    nextState(assets: BuildState['assets']): Omit<BuildState, 'version'> {
      // Reads are kept once each; a page lists its reads by number.
      const table = new Map<string, number>()
      const number = (key: string) => {
        if (!table.has(key)) table.set(key, table.size)
        return table.get(key)!
      }
      const records: Record<string, PageRecord> = {}
      for (const [pathname, page] of Object.entries(pages)) {
        const entry = reads.get(pathname)
        const keys = entry?.reads ?? null
        records[pathname] = {
          ...page,
          inputs: keys === null ? null : (page.inputs ?? fingerprint(keys, entry!.cacheKey) ?? null),
          reads: keys === null ? null : keys.map(number),
        }
      }
      const indexed = Object.values(records)
        .filter((page) => page.indexed !== null)
        .map((page) => [page.file, page.indexed])
        .sort(([a], [b]) => (a! < b! ? -1 : 1))
      const searchIndex = indexed.length > 0 ? hashOf({ code, indexed }) : null
      const readKeys = [...table.keys()]
      return {
        code,
        contentVersion: content.contentVersion,
        documents,
        reads: readKeys,
        readHashes: readKeys.map((key) => fingerprint.hashOfRead(key) ?? null),
        pages: records,
        assetSets,
        scriptSets,
        assets,
        build: (before?.build ?? 0) + 1,
        searchIndex,
      }
    },
  }
}

/** Per document (`collection/slug`), the hash of its content: how many documents changed, for the build's report. */
function documentHashes(content: Content): Record<string, string> {
  const hashes: Record<string, string> = {}
  for (const [collection, docs] of Object.entries(untracked(content).collections)) {
    for (const doc of docs as Array<{ slug: string }>) hashes[`${collection}/${doc.slug}`] = hashOf(doc)
  }
  return hashes
}

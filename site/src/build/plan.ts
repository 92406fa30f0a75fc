/**
 * Which pages this build renders. A full build renders every page. An
 * incremental one renders the pages whose fingerprint (page-inputs.ts)
 * differs from the previous build's, and pages without a fingerprint; every
 * other page is taken over from the previous output unchanged
 * (link-pages.ts). Pages that no longer exist are simply not taken over.
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
import type { PdfLinks } from '../pdf/vite-plugin.ts'
import { assetSetId } from './assets.ts'
import { hashOf } from './hash.ts'
import { pageInputs } from './page-inputs.ts'
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

export type Plan = {
  /** Why this build renders every page; undefined for an incremental build. */
  readonly fullBecause: string | undefined
  /** Records every page of the site and returns those to render; `assets`: the `_astro/` files this build wrote. */
  choose(paths: readonly PathWithRoute[], assets: ReadonlySet<string>): PathWithRoute[]
  /** Output files to take over from the previous build (after `choose`). */
  readonly reused: readonly string[]
  readonly summary: { changedDocuments: number; removedDocuments: number; pagesRendered: number; pagesForAssets: number }
  /** Every page's output file and whether it was taken over (after `choose`). */
  pages(): Array<{ file: string; reused: boolean }>
  /** Records the `_astro/` files a rendered page links (null: not an HTML page) and, when it is indexed, its HTML's hash. */
  linked(file: string, refs: readonly string[] | null, indexed?: string | null): void
  /** The state to keep for the next build (after `choose` and `linked`), with this build's asset records. */
  nextState(assets: BuildState['assets']): Omit<BuildState, 'version'>
  /** This build's number on this output (1 after a build without state). */
  readonly build: number
}

/** The file Astro writes for a path (build format "directory"). */
export function outputFileOf(pathname: string, routeType: string): string {
  const path = encodeURI(pathname).replace(/^\//, '')
  if (routeType === 'endpoint') return path
  if (path === '404' || path === '500') return `${path}.html`
  return `${path}${path === '' || path.endsWith('/') ? '' : '/'}index.html`
}

export function makePlan({ content, pdfLinks, code, previous, full }: PlanOptions): Plan {
  const before = previous?.state
  const fullBecause = full
    ? full
    : !previous || !before
      ? 'er is geen vorige bouw om op voort te bouwen'
      : before.code !== code
        ? 'de code, de pakketten of de instellingen zijn gewijzigd'
        : undefined
  const inputs = pageInputs(content, pdfLinks, fullBecause ? undefined : before!.documents)
  const { changed, removed } = inputs.changes(before?.documents)
  const pages: Record<string, PageRecord> = {}
  const reused: string[] = []
  const summary = { changedDocuments: changed.length, removedDocuments: removed.length, pagesRendered: 0, pagesForAssets: 0 }
  const assetSets: Record<string, string[]> = {}
  const pathOfFile = new Map<string, string>()

  return {
    fullBecause,
    reused,
    summary,
    build: (before?.build ?? 0) + 1,
    choose(paths, assets) {
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
        const rule = inputs.of(path.pathname)
        // A cacheKey the page gives with the path counts too (Astro's name for "this page's data").
        const fingerprint = path.cacheKey === undefined ? (rule ?? null) : hashOf([rule ?? null, path.cacheKey])
        const known = before?.pages[path.pathname]
        pages[path.pathname] = { file, inputs: fingerprint, assets: null, indexed: null }
        pathOfFile.set(file, path.pathname)
        const unchanged =
          !fullBecause && fingerprint !== null && known?.inputs === fingerprint && known.file === file && existsSync(join(previous!.output, file))
        if (unchanged && linksPresent(known.assets)) {
          reused.push(file)
          pages[path.pathname]!.assets = known.assets
          pages[path.pathname]!.indexed = known.indexed
          if (known.assets !== null) assetSets[known.assets] = before!.assetSets[known.assets]!
        } else {
          render.push(path)
          if (unchanged) summary.pagesForAssets += 1
        }
      }
      summary.pagesRendered = render.length
      return render
    },
    linked(file, refs, indexed = null) {
      const page = pages[pathOfFile.get(file) ?? '']
      if (!page) return
      page.indexed = indexed
      if (refs === null || refs.length === 0) page.assets = null
      else {
        page.assets = assetSetId(refs)
        assetSets[page.assets] = [...refs]
      }
    },
    pages() {
      const taken = new Set(reused)
      return Object.values(pages).map(({ file }) => ({ file, reused: taken.has(file) }))
    },
    nextState(assets) {
      const indexed = Object.values(pages)
        .filter((page) => page.indexed !== null)
        .map((page) => [page.file, page.indexed])
        .sort(([a], [b]) => (a! < b! ? -1 : 1))
      const searchIndex = indexed.length > 0 ? hashOf({ code, indexed }) : null
      return { code, contentVersion: content.contentVersion, documents: inputs.memo(), pages, assetSets, assets, build: (before?.build ?? 0) + 1, searchIndex }
    },
  }
}

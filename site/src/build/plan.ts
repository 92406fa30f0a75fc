/**
 * Which pages this build renders. A full build renders every page. An
 * incremental one renders the pages whose fingerprint (page-inputs.ts)
 * differs from the previous build's, and pages without a fingerprint; every
 * other page is taken over from the previous output unchanged
 * (link-pages.ts). Pages that no longer exist are simply not taken over.
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
}

export type Plan = {
  /** Why this build renders every page; undefined for an incremental build. */
  readonly fullBecause: string | undefined
  /** Records every page of the site and returns those to render. */
  choose(paths: readonly PathWithRoute[]): PathWithRoute[]
  /** Output files to take over from the previous build (after `choose`). */
  readonly reused: readonly string[]
  readonly summary: { changedDocuments: number; removedDocuments: number; pagesRendered: number }
  /** Every page's output file and whether it was taken over (after `choose`). */
  pages(): Array<{ file: string; reused: boolean }>
  /** The state to keep for the next build (after `choose`). */
  nextState(): Omit<BuildState, 'version'>
}

/** The file Astro writes for a path (build format "directory"). */
export function outputFileOf(pathname: string, routeType: string): string {
  const path = encodeURI(pathname).replace(/^\//, '')
  if (routeType === 'endpoint') return path
  if (path === '404' || path === '500') return `${path}.html`
  return `${path}${path === '' || path.endsWith('/') ? '' : '/'}index.html`
}

export function makePlan({ content, pdfLinks, code, previous }: PlanOptions): Plan {
  const before = previous?.state
  const fullBecause = !previous
    ? process.env.SITE_FULL_BUILD === '1'
      ? 'gevraagd met SITE_FULL_BUILD'
      : 'er is geen vorige bouw om op voort te bouwen'
    : !before
      ? 'er is geen vorige bouw om op voort te bouwen'
      : before.code !== code
        ? 'de code, de pakketten of de instellingen zijn gewijzigd'
        : undefined
  const inputs = pageInputs(content, pdfLinks, fullBecause ? undefined : before!.documents)
  const { changed, removed } = inputs.changes(before?.documents)
  const pages: Record<string, PageRecord> = {}
  const reused: string[] = []
  const summary = { changedDocuments: changed.length, removedDocuments: removed.length, pagesRendered: 0 }

  return {
    fullBecause,
    reused,
    summary,
    choose(paths) {
      const render: PathWithRoute[] = []
      for (const path of paths) {
        const file = outputFileOf(path.pathname, path.route.type)
        const rule = inputs.of(path.pathname)
        // A cacheKey the page gives with the path counts too (Astro's name for "this page's data").
        const fingerprint = path.cacheKey === undefined ? (rule ?? null) : hashOf([rule ?? null, path.cacheKey])
        pages[path.pathname] = { file, inputs: fingerprint }
        const known = before?.pages[path.pathname]
        const unchanged =
          !fullBecause && fingerprint !== null && known?.inputs === fingerprint && known.file === file && existsSync(join(previous!.output, file))
        if (unchanged) reused.push(file)
        else render.push(path)
      }
      summary.pagesRendered = render.length
      return render
    },
    pages() {
      const taken = new Set(reused)
      return Object.values(pages).map(({ file }) => ({ file, reused: taken.has(file) }))
    },
    nextState() {
      return { code, contentVersion: content.contentVersion, documents: inputs.memo(), pages }
    },
  }
}

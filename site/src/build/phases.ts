/**
 * What one build did, collected while it runs: the time of each phase and
 * the counts of the build report (scripts/build.mjs, BUILD_REPORT). Kept on
 * the process, not in a module variable: the integrations and the pages are
 * bundled into separate module graphs.
 */

/** The phases of the build report, in milliseconds. */
export type PhaseName = 'loadMs' | 'pdfMs' | 'renderMs' | 'indexMs'

/** What an incremental build changed; null in a full build. */
export type IncrementalSummary = {
  changedDocuments: number
  removedDocuments: number
  pagesRendered: number
  /** Why the build was full after all, when it was asked to be incremental ("de code is gewijzigd"). */
  fullBecause?: string
} | null

export type BuildSummary = {
  phases: Record<PhaseName, number>
  /** HTML pages in the finished site. */
  pages: number
  /** Content documents the site was built from. */
  documents: number
  incremental: IncrementalSummary
  /** PDFs left for after the pages are live (integrations/pdf.ts); their pages have no download link yet. */
  pdfsDeferred: number
}

const KEY = Symbol.for('toolkit.site.buildSummary')

/** This process's summary, created on first use. */
export function buildSummary(): BuildSummary {
  const holder = globalThis as typeof globalThis & { [KEY]?: BuildSummary }
  holder[KEY] ??= { phases: { loadMs: 0, pdfMs: 0, renderMs: 0, indexMs: 0 }, pages: 0, documents: 0, incremental: null, pdfsDeferred: 0 }
  return holder[KEY]
}

/** Runs `work` and adds its time to `phase`. */
export async function timed<T>(phase: PhaseName, work: () => Promise<T>): Promise<T> {
  const started = performance.now()
  try {
    return await work()
  } finally {
    buildSummary().phases[phase] += performance.now() - started
  }
}

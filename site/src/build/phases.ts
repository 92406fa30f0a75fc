/**
 * What one build did, collected while it runs: the time of each phase and
 * the counts of the build report (scripts/build.mjs, BUILD_REPORT). Kept on
 * the process, not in a module variable: the integrations and the pages are
 * bundled into separate module graphs.
 *
 * The Astro integration `buildReport`, last in the list, measures the render
 * phase (from the end of the start hooks — content, PDFs, plan — until Astro
 * has written the pages) and its finer steps, and when everything is done
 * writes the summary of this build as JSON in the file `summaryFile`, which
 * scripts/build.mjs turns into its log line and BUILD_REPORT. Times are this
 * process's clock: `performance.now()` counts from the process's start.
 */
import { writeFile } from 'node:fs/promises'
import type { AstroIntegration } from 'astro'

/** The phases of the build report, in milliseconds. */
export type PhaseName = 'loadMs' | 'pdfMs' | 'renderMs' | 'indexMs'

/** What an incremental build changed; null in a full build. */
export type IncrementalSummary = {
  changedDocuments: number
  removedDocuments: number
  pagesRendered: number
} | null

/**
 * Where the wait for the pages goes inside the Astro process, finer than the
 * phases (ms, measured in `buildReport` below and, for the
 * take-over, integrations/incremental.ts). They do not overlap; the
 * benchmark explains a missed goal with them (bench/goals.mjs).
 */
export type BuildSteps = {
  /** From the Astro process's start until Astro's build starts, without our start hooks' own phases (content, PDFs, plan). */
  astroStartMs: number
  /** Our start hooks before Astro's build (content, PDFs made inline, the plan of what to render). */
  startHooksMs: number
  /** From Astro's build start until the first page renders: Vite bundling the pages and scripts, Astro rearranging its assets. */
  bundleMs: number
  /** From the first page rendered until Astro has written the last (the pages' getStaticPaths included). */
  renderPagesMs: number
  /** Taking unchanged files over from the live site as hard links. */
  takeOverMs: number
  /** Files taken over. */
  takenOver: number
  /** From the last page written until the build is done, without the take-over: PDFs linked in, pages read back, the oEmbed files and the state written. */
  afterRenderMs: number
}

export type BuildSummary = {
  phases: Record<PhaseName, number>
  steps: BuildSteps
  /** HTML pages in the finished site. */
  pages: number
  /** Content documents the site was built from. */
  documents: number
  incremental: IncrementalSummary
  /** PDFs left for after the pages are live (integrations/pdf.ts); their pages have no download link yet. */
  pdfsDeferred: number
}

const KEY = Symbol.for('toolkit.site.buildSummary')
const RENDER_START = Symbol.for('toolkit.site.renderStart')

/** This process's summary, created on first use. */
export function buildSummary(): BuildSummary {
  const holder = globalThis as typeof globalThis & { [KEY]?: BuildSummary }
  holder[KEY] ??= {
    phases: { loadMs: 0, pdfMs: 0, renderMs: 0, indexMs: 0 },
    steps: { astroStartMs: 0, startHooksMs: 0, bundleMs: 0, renderPagesMs: 0, takeOverMs: 0, takenOver: 0, afterRenderMs: 0 },
    pages: 0,
    documents: 0,
    incremental: null,
    pdfsDeferred: 0,
  }
  return holder[KEY]
}

/** The first page is about to render (the prerenderer's setup, integrations/incremental.ts): ends `bundleMs`. */
export function renderingStarts(): void {
  const holder = globalThis as typeof globalThis & { [RENDER_START]?: number }
  holder[RENDER_START] ??= performance.now()
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

export function buildReport({ summaryFile }: { summaryFile?: string } = {}): AstroIntegration {
  let renderStarted = 0
  let generated = 0
  return {
    name: 'toolkit:build-report',
    hooks: {
      'astro:build:start': () => {
        renderStarted = performance.now()
        // The start hooks before this one (last in the list) are timed as phases of their own.
        const { loadMs, pdfMs, renderMs } = buildSummary().phases
        Object.assign(buildSummary().steps, { startHooksMs: loadMs + pdfMs + renderMs, astroStartMs: renderStarted - loadMs - pdfMs - renderMs })
      },
      'astro:build:generated': () => {
        generated = performance.now()
        const { phases, steps } = buildSummary()
        phases.renderMs += generated - renderStarted
        // No page rendered (none to render, or another prerenderer): all of it counts as before rendering.
        const firstPage = (globalThis as typeof globalThis & { [RENDER_START]?: number })[RENDER_START] ?? generated
        steps.bundleMs = firstPage - renderStarted
        steps.renderPagesMs = generated - firstPage
      },
      'astro:build:done': async () => {
        const { steps } = buildSummary()
        if (generated) steps.afterRenderMs = performance.now() - generated - steps.takeOverMs
        for (const step of Object.keys(steps) as Array<keyof typeof steps>) steps[step] = Math.round(steps[step])
        if (summaryFile) await writeFile(summaryFile, JSON.stringify(buildSummary()))
      },
    },
  }
}

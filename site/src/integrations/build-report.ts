/**
 * Astro integration, last in the list: the render phase of the build report
 * (from the end of the start hooks — content, PDFs, plan — until Astro has
 * written the pages), its finer steps (src/build/phases.ts: Astro's start,
 * bundling until the first page renders, rendering, what follows) and, when
 * everything is done, the summary of this build as JSON in the file
 * `summaryFile`, which scripts/build.mjs turns into its log line and
 * BUILD_REPORT. Times are this process's clock: `performance.now()` counts
 * from the process's start.
 */
import { writeFile } from 'node:fs/promises'
import type { AstroIntegration } from 'astro'
import { buildSummary, renderStartedAt } from '../build/phases.ts'

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
        const firstPage = renderStartedAt() ?? generated
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

/**
 * Astro integration, last in the list: the render phase of the build report
 * (from the end of the start hooks — content, PDFs, plan — until Astro has
 * written the pages) and, when everything is done, the summary of this build
 * (src/build/phases.ts) as JSON in the file `summaryFile`, which
 * scripts/build.mjs turns into its log line and BUILD_REPORT.
 */
import { writeFile } from 'node:fs/promises'
import type { AstroIntegration } from 'astro'
import { buildSummary } from '../build/phases.ts'

export function buildReport({ summaryFile }: { summaryFile?: string } = {}): AstroIntegration {
  let renderStarted = 0
  return {
    name: 'toolkit:build-report',
    hooks: {
      'astro:build:start': () => {
        renderStarted = performance.now()
      },
      'astro:build:generated': () => {
        buildSummary().phases.renderMs += performance.now() - renderStarted
      },
      'astro:build:done': async () => {
        if (summaryFile) await writeFile(summaryFile, JSON.stringify(buildSummary()))
      },
    },
  }
}

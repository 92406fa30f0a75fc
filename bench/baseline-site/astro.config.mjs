import { writeFileSync } from 'node:fs'
import { defineConfig } from 'astro/config'

/**
 * Measures only: the same steps as the site's build report (site/src/build/phases.ts) — Astro's start, its bundling
 * until the first page renders, the rendering — into the file BASELINE_STEPS, so the benchmark compares rendering with
 * rendering (bench/goals.mjs). The pages are rendered by Astro's own prerenderer, wrapped to note when it starts.
 */
function steps(file) {
  let buildStart = 0
  let renderStart = 0
  return {
    name: 'bench:steps',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        buildStart = performance.now()
        setPrerenderer((defaults) => ({
          ...defaults,
          setup: () => {
            renderStart = performance.now()
            return defaults.setup?.()
          },
        }))
      },
      'astro:build:generated': () => {
        const generated = performance.now()
        const first = renderStart || generated
        const figures = { astroStartMs: buildStart, bundleMs: first - buildStart, renderPagesMs: generated - first }
        writeFileSync(file, JSON.stringify(Object.fromEntries(Object.entries(figures).map(([step, ms]) => [step, Math.round(ms)]))))
      },
    },
  }
}

/**
 * The build benchmark's baseline: plain Astro, one simple page per document
 * of the snapshot in BASELINE_SNAPSHOT, no integrations but one that times
 * its steps (above). Pagefind indexes it
 * afterwards through its Node API (bench/baseline-build.mjs), as a separate
 * step, so render and index are timed apart.
 */
export default defineConfig({
  outDir: process.env.BASELINE_OUT_DIR || './dist',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: process.env.BASELINE_STEPS ? [steps(process.env.BASELINE_STEPS)] : [],
})

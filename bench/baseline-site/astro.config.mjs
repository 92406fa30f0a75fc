import { defineConfig } from 'astro/config'

/**
 * The build benchmark's baseline: plain Astro, one simple page per document
 * of the snapshot in BASELINE_SNAPSHOT, no integrations. Pagefind indexes it
 * afterwards through its Node API (bench/baseline-build.mjs), as a separate
 * step, so render and index are timed apart.
 */
export default defineConfig({
  outDir: process.env.BASELINE_OUT_DIR || './dist',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
})

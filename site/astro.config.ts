import react from '@astrojs/react'
import { defineConfig } from 'astro/config'
import { pagefindIndex } from './src/integrations/pagefind.ts'

/**
 * Static build of the toolkit site. Environment:
 * - CONTENT_SNAPSHOT / CMS_URL: where the content comes from (src/lib/content/load.ts)
 * - SITE_BASE: sub-path the site is served under (default "/")
 * - SITE_OUT_DIR: output folder (default "dist")
 */
export default defineConfig({
  base: process.env.SITE_BASE || '/',
  outDir: process.env.SITE_OUT_DIR || './dist',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [react(), pagefindIndex()],
})

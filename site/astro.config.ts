import react from '@astrojs/react'
import { defineConfig } from 'astro/config'
import { buildReport } from './src/integrations/build-report.ts'
import { embedHeaders } from './src/integrations/embed.ts'
import { incrementalBuild } from './src/integrations/incremental.ts'
import { pagefindIndex } from './src/integrations/pagefind.ts'
import { toolkitPdf } from './src/integrations/pdf.ts'
import { movedAddresses } from './src/integrations/redirects.ts'

/**
 * Static build of the toolkit site. Environment:
 * - CONTENT_SNAPSHOT / CMS_URL: where the content comes from (src/lib/content/load.ts)
 * - SITE_URL: public address of the site (default http://localhost:4321), for embed snippets, oEmbed and the links and QR codes in PDFs
 * - SITE_BASE: sub-path the site is served under (default "/")
 * - EMBED_ALLOWED_ORIGINS: who may frame the embed views (src/integrations/embed.ts)
 * - SITE_OUT_DIR: output folder (default "dist")
 * scripts/build.mjs adds the previous build for an incremental build (src/integrations/incremental.ts).
 *
 * Order matters: the PDFs are made before the plan (pages show PDF sizes);
 * unchanged pages are taken over before the pages to index are chosen
 * (scripts/build.mjs builds the index itself after the pages are live); the
 * report comes last.
 */
const pdf = toolkitPdf()
const incremental = incrementalBuild({ pdfLinks: pdf.links })

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: process.env.SITE_BASE || '/',
  outDir: process.env.SITE_OUT_DIR || './dist',
  output: 'static',
  trailingSlash: 'always',
  // Styles and scripts go to hashed files under _astro/ (cached for a year, see
  // scripts/security-headers.mjs) instead of into every page: a few KB less
  // on each of thousands of pages and embed views.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  integrations: [react(), pdf, incremental, pagefindIndex({ pages: incremental.pages }), movedAddresses(), embedHeaders(), buildReport()],
})

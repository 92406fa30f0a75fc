import react from '@astrojs/react'
import { defineConfig } from 'astro/config'
import { embedHeaders } from './src/integrations/embed.ts'
import { pagefindIndex } from './src/integrations/pagefind.ts'
import { toolkitPdf } from './src/integrations/pdf.ts'

/**
 * Static build of the toolkit site. Environment:
 * - CONTENT_SNAPSHOT / CMS_URL: where the content comes from (src/lib/content/load.ts)
 * - SITE_URL: public address of the site (default http://localhost:4321), for embed snippets, oEmbed and the links and QR codes in PDFs
 * - SITE_BASE: sub-path the site is served under (default "/")
 * - EMBED_ALLOWED_ORIGINS: who may frame the embed views (src/integrations/embed.ts)
 * - SITE_OUT_DIR: output folder (default "dist")
 */
export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: process.env.SITE_BASE || '/',
  outDir: process.env.SITE_OUT_DIR || './dist',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [react(), toolkitPdf(), pagefindIndex(), embedHeaders()],
})

/**
 * The site's Astro configuration, made from the build options
 * (src/build/options.ts): astro.config.ts uses it without options (a plain
 * `astro build` or `astro dev`), scripts/astro-build.mjs with the options
 * scripts/build.mjs passes for an incremental build. Environment:
 * - CONTENT_SNAPSHOT / CMS_URL: where the content comes from (src/lib/content/load.ts)
 * - SITE_URL: public address of the site (default http://localhost:4321), for embed snippets, oEmbed and the links and QR codes in PDFs
 * - SITE_BASE: sub-path the site is served under (default "/")
 * - EMBED_ALLOWED_ORIGINS: who may frame the embed views (src/integrations/embed.ts)
 * - SITE_OUT_DIR: output folder (default "dist")
 * - PDF_CACHE_DIR: where PDFs are kept between builds, e.g. a benchmark's own (src/integrations/pdf.ts)
 *
 * Order matters: the PDFs are made before the plan (pages show PDF sizes);
 * unchanged pages are taken over before the pages to index are chosen
 * (scripts/build.mjs builds the index itself after the pages are live); the
 * report comes last.
 */
import react from '@astrojs/react'
import type { AstroUserConfig } from 'astro'
import { buildOptions, type BuildOptionsInput } from './build/options.ts'
import { buildReport } from './integrations/build-report.ts'
import { embedHeaders } from './integrations/embed.ts'
import { incrementalBuild } from './integrations/incremental.ts'
import { pagefindIndex } from './integrations/pagefind.ts'
import { toolkitPdf } from './integrations/pdf.ts'
import { movedAddresses } from './integrations/redirects.ts'

export function siteConfig(input: BuildOptionsInput = {}): AstroUserConfig {
  const options = buildOptions(input)
  const env = process.env
  const pdf = toolkitPdf({ siteUrl: env.SITE_URL, cacheDir: env.PDF_CACHE_DIR })
  const incremental = incrementalBuild({ pdfLinks: pdf.links, options })
  return {
    site: env.SITE_URL || 'http://localhost:4321',
    base: env.SITE_BASE || '/',
    outDir: env.SITE_OUT_DIR || './dist',
    output: 'static',
    trailingSlash: 'always',
    // Styles and scripts go to hashed files under _astro/ (cached for a year, see
    // src/http/security-headers.mjs) instead of into every page: a few KB less
    // on each of thousands of pages and embed views.
    build: { format: 'directory', inlineStylesheets: 'never' },
    vite: { build: { assetsInlineLimit: 0 } },
    devToolbar: { enabled: false },
    integrations: [
      react(),
      pdf,
      incremental,
      pagefindIndex({ pages: incremental.pages, build: options }),
      movedAddresses(),
      embedHeaders({ allowedOrigins: env.EMBED_ALLOWED_ORIGINS }),
      buildReport({ summaryFile: options.summaryFile }),
    ],
  }
}

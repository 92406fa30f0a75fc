/**
 * The site's Astro configuration, made from the settings and the build
 * options (src/build/options.ts: the environment variables and their
 * defaults are there): astro.config.ts uses it without options (a plain
 * `astro build` or `astro dev`), scripts/astro-build.mjs with the options
 * scripts/build.mjs passes for an incremental build.
 *
 * Order matters: the PDFs are made (or left for after the pages) before the
 * plan (pages show PDF sizes and link only PDFs that exist);
 * unchanged pages are taken over before the pages to index are chosen
 * (scripts/build.mjs builds the index itself after the pages are live); the
 * report comes last.
 */
import react from '@astrojs/react'
import type { AstroUserConfig } from 'astro'
import { buildOptions, siteSettings, type BuildOptionsInput } from './build/options.ts'
import { buildReport } from './build/phases.ts'
import { hostFiles } from './integrations/embed.ts'
import { incrementalBuild } from './integrations/incremental.ts'
import { toolkitPdf } from './integrations/pdf.ts'
import { oembedFiles } from './integrations/oembed.ts'

export function siteConfig(input: BuildOptionsInput = {}): AstroUserConfig {
  const options = buildOptions(input)
  const settings = siteSettings()
  const pdf = toolkitPdf({ siteUrl: settings.siteUrl, cacheDir: settings.pdfCacheDir, deferredFile: options.deferredPdfs })
  const incremental = incrementalBuild({ pdfLinks: pdf.links, options })
  return {
    site: settings.siteUrl,
    base: settings.base,
    outDir: options.outDir ?? settings.outDir ?? './dist',
    output: 'static',
    trailingSlash: 'always',
    // Styles and scripts go to hashed files under _astro/ (cached for a year, see
    // src/http/security-headers.mjs) instead of into every page: a few KB less
    // on each of thousands of pages and embed views.
    // Four pages at a time: rendering waits on writing each page's file, so one at a time left the process idle for a
    // third of a cold build (10,000 documents: rendering 50.6 s → 38.1 s; eight: 36.2 s, for more memory). What a page
    // read is kept per render (Astro's render scope is an AsyncLocalStorage), so renders may overlap.
    build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
    vite: { build: { assetsInlineLimit: 0 } },
    devToolbar: { enabled: false },
    integrations: [
      react(),
      pdf,
      incremental,
      oembedFiles(),
      hostFiles({ allowedOrigins: settings.embedAllowedOrigins, siteUrlDefaulted: settings.siteUrlDefaulted, scriptHashes: incremental.inlineScriptHashes, pageFiles: incremental.pageFiles, pdfLinks: pdf.links }),
      buildReport({ summaryFile: options.summaryFile }),
    ],
  }
}

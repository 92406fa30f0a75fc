/**
 * Astro integration: the downloadable PDFs (question sheets, handouts, fact
 * sheets, the facilitator booklet).
 *
 * Pages show each PDF's size, so the PDFs are made before pages render:
 * `astro:build:start` loads the content (the site's loader), generates every
 * PDF into the cache (only those whose content hash is new) and keeps the
 * manifest; pages read links and sizes from the virtual module
 * `virtual:toolkit-pdf` (src/pdf/links.ts); `astro:build:done` copies the
 * PDFs into the output as /pdf/<collection>/<slug>.pdf. In `astro dev` the
 * PDFs are made on first use and served from the cache.
 *
 * Environment: SITE_URL (default http://localhost:4321) for the links and
 * QR codes in the PDFs, with the base path (SITE_BASE) from the config.
 */
import { fileURLToPath } from 'node:url'
import type { AstroIntegration, AstroIntegrationLogger } from 'astro'
import { loadContent } from '../lib/content/load.ts'
import { pdfDevMiddleware } from '../pdf/dev-server.ts'
import { generatePdfs, type GenerateResult } from '../pdf/generate.ts'
import type { SiteContext } from '../pdf/job-types.ts'
import { publishPdfs } from '../pdf/publish.ts'
import { pdfLinksPlugin, type PdfLinks } from '../pdf/vite-plugin.ts'

export const DEFAULT_SITE_URL = 'http://localhost:4321'

export type PdfIntegrationOptions = {
  /** Where generated PDFs are kept between builds; default site/node_modules/.cache/toolkit-pdf. */
  cacheDir?: string
}

export function toolkitPdf(options: PdfIntegrationOptions = {}): AstroIntegration {
  let site: SiteContext | undefined
  let cacheDir = options.cacheDir
  let logger: AstroIntegrationLogger | undefined
  let generation: Promise<GenerateResult> | undefined

  /** Generates once per build (or dev server); every caller waits for the same run. */
  const generated = () => {
    generation ??= (async () => {
      if (!site || !cacheDir) throw new Error('toolkit:pdf: de configuratie is nog niet geladen')
      const result = await generatePdfs({ snapshot: await loadContent(), site, cacheDir })
      logger?.info(result.summary)
      return result
    })()
    return generation
  }

  const links = async (): Promise<PdfLinks> => {
    const { manifest } = await generated()
    return Object.fromEntries(Object.entries(manifest.entries).map(([key, { href, bytes, label }]) => [key, { href, bytes, label }]))
  }

  return {
    name: 'toolkit:pdf',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [pdfLinksPlugin(links)] } })
      },
      'astro:config:done': ({ config, logger: integrationLogger }) => {
        logger = integrationLogger
        site = { origin: process.env.SITE_URL || config.site || DEFAULT_SITE_URL, base: config.base }
        cacheDir ??= fileURLToPath(new URL('node_modules/.cache/toolkit-pdf/', config.root))
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(pdfDevMiddleware(generated, cacheDir!))
      },
      'astro:build:start': async () => {
        await generated()
      },
      'astro:build:done': async ({ dir }) => {
        const { manifest } = await generated()
        const count = await publishPdfs(manifest, cacheDir!, fileURLToPath(dir))
        logger?.info(`PDF's: ${count} geschreven naar pdf/`)
      },
    },
  }
}

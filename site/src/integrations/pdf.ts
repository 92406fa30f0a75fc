/**
 * Astro integration: the downloadable PDFs (question sheets, handouts, fact
 * sheets, the facilitator booklet).
 *
 * Pages show each PDF's size, so the PDFs are made before pages render:
 * `astro:build:start` takes the build's content (getContent: the same object
 * the pages get, loaded once), generates every
 * PDF into the cache (only those whose content hash is new) and keeps the
 * manifest; pages read links and sizes from the virtual module
 * `virtual:toolkit-pdf` (src/pdf/links.ts); `astro:build:done` links the
 * PDFs from the cache into the output as /pdf/<collection>/<slug>.pdf. In `astro dev` the
 * PDFs are made on first use and served from the cache.
 *
 * Options (src/site-config.ts takes them from SITE_URL and PDF_CACHE_DIR):
 * `siteUrl` for the links and QR codes in the PDFs, with the base path from
 * the config; `cacheDir` (default site/node_modules/.cache/toolkit-pdf).
 */
import { fileURLToPath } from 'node:url'
import type { AstroIntegration, AstroIntegrationLogger } from 'astro'
import { timed } from '../build/phases.ts'
import { getContent } from '../lib/content/index.ts'
import { pdfDevMiddleware } from '../pdf/dev-server.ts'
import { generatePdfs, type GenerateResult } from '../pdf/generate.ts'
import type { SiteContext } from '../pdf/job-types.ts'
import { publishPdfs } from '../pdf/publish.ts'
import { pdfLinksPlugin, type PdfLinks } from '../pdf/vite-plugin.ts'

export const DEFAULT_SITE_URL = 'http://localhost:4321'

export type PdfIntegrationOptions = {
  /** Where generated PDFs are kept between builds; default site/node_modules/.cache/toolkit-pdf. */
  cacheDir?: string
  /** The public address for the links and QR codes in the PDFs; default the config's `site`. */
  siteUrl?: string
}

/** The integration, and the PDF links of this build for the integrations that need them (incremental.ts). */
export type PdfIntegration = AstroIntegration & { links: () => Promise<PdfLinks> }

export function toolkitPdf(options: PdfIntegrationOptions = {}): PdfIntegration {
  let site: SiteContext | undefined
  let cacheDir = options.cacheDir
  let logger: AstroIntegrationLogger | undefined
  let generation: Promise<GenerateResult> | undefined

  /** Generates once per build (or dev server); every caller waits for the same run. */
  const generated = () => {
    generation ??= (async () => {
      if (!site || !cacheDir) throw new Error('toolkit:pdf: de configuratie is nog niet geladen')
      // The same content the pages render (one load per build, src/lib/content/index.ts).
      const { snapshot } = await timed('loadMs', () => getContent())
      const result = await timed('pdfMs', () => generatePdfs({ snapshot, site: site!, cacheDir: cacheDir! }))
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
    links,
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [pdfLinksPlugin(links)] } })
      },
      'astro:config:done': ({ config, logger: integrationLogger }) => {
        logger = integrationLogger
        site = { origin: options.siteUrl || config.site || DEFAULT_SITE_URL, base: config.base }
        cacheDir ||= fileURLToPath(new URL('node_modules/.cache/toolkit-pdf/', config.root))
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(pdfDevMiddleware(generated, cacheDir!))
      },
      'astro:build:start': async () => {
        await generated()
      },
      'astro:build:done': async ({ dir }) => {
        const { manifest } = await generated()
        const count = await timed('pdfMs', () => publishPdfs(manifest, cacheDir!, fileURLToPath(dir)))
        logger?.info(`PDF's: ${count} geschreven naar pdf/`)
      },
    },
  }
}

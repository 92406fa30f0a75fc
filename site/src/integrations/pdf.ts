/**
 * Astro integration: the downloadable PDFs (question sheets, handouts, fact
 * sheets, the facilitator booklet).
 *
 * Pages show each PDF's size, so a page links only a PDF that exists:
 * `astro:build:start` takes the build's content (getContent: the same object
 * the pages get, loaded once), computes every PDF's cache key, generates the
 * missing ones into the cache and keeps the manifest; pages read links and
 * sizes from the virtual module `virtual:toolkit-pdf` (src/pdf/links.ts);
 * `astro:build:done` links the manifest's PDFs from the cache into the
 * output as /pdf/<collection>/<slug>.pdf, so every linked PDF is in the same
 * output. In `astro dev` the PDFs are made on first use and served from the
 * cache.
 *
 * With `deferredFile` (scripts/build.mjs) a build that finds more than
 * INLINE_PDF_LIMIT PDFs missing (a cold build, new PDF code) makes none of
 * them: their pages render without the download, the jobs go to that file,
 * and the script makes them after the pages are live and builds again, which
 * links them. An edit misses a few and makes them here, so an edited page
 * keeps its download.
 *
 * Options (src/site-config.ts takes them from SITE_URL and PDF_CACHE_DIR):
 * `siteUrl` for the links and QR codes in the PDFs, with the base path from
 * the config; `cacheDir` (default site/node_modules/.cache/toolkit-pdf);
 * `deferredFile`.
 */
import { createReadStream } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { DEFAULT_ADDRESSES } from '@toolkit/schemas/ports'
import type { AstroIntegration, AstroIntegrationLogger } from 'astro'
import { buildSummary, timed } from '../build/phases.ts'
import { getContent } from '../lib/content/index.ts'
import type { DeferredPdfs } from '../pdf/deferred.ts'
import { generatePdfs, type GenerateResult } from '../pdf/generate.ts'
import type { SiteContext } from '../pdf/job-types.ts'
import type { PdfLinks } from '../pdf/links.ts'
import { PdfCache } from '../pdf/pdf-cache.ts'

/**
 * Up to this many missing PDFs are made before the pages render; more wait
 * until the pages are live. Measured on the 2-core machine (load 1.5-3,
 * cold builds of the seed and of 1,000 synthetic documents): one thread
 * makes a PDF in 15-20 ms (the seed's 85 in 1.3-1.7 s), while the build
 * after the PDFs costs about 3.5 s (the seed) to 10 s (1,000 documents),
 * its index included. So 50 PDFs add at most about 1 s to the pages of one
 * build, and an edit (one document's PDF, a production's booklet with its
 * fragments: a dozen at most) never waits for a second build nor loses its
 * download.
 */
export const INLINE_PDF_LIMIT = 50

export type PdfIntegrationOptions = {
  /** Where generated PDFs are kept between builds; default site/node_modules/.cache/toolkit-pdf. */
  cacheDir?: string
  /** The public address for the links and QR codes in the PDFs; default the config's `site`. */
  siteUrl?: string
  /** Leave more than INLINE_PDF_LIMIT missing PDFs for after the pages, their jobs written to this file; without it every PDF is made first. */
  deferredFile?: string
}

/**
 * The virtual module `virtual:toolkit-pdf` (src/pdf/links.ts): the PDF links of this build, inlined into the pages when
 * they are bundled. Loading it waits for the PDFs to be generated, so a page never renders with a size that is not known yet.
 */
export const PDF_LINKS_MODULE = 'virtual:toolkit-pdf'

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
      const inlineUpTo = options.deferredFile ? INLINE_PDF_LIMIT : undefined
      const result = await timed('pdfMs', () => generatePdfs({ snapshot, site: site!, cacheDir: cacheDir!, inlineUpTo }))
      logger?.info(result.summary)
      buildSummary().pdfsDeferred = result.deferred.length
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
        const resolved = `\0${PDF_LINKS_MODULE}`
        const plugin = {
          name: 'toolkit:pdf-links',
          resolveId: (id: string) => (id === PDF_LINKS_MODULE ? resolved : undefined),
          load: async (id: string) => (id === resolved ? `export default ${JSON.stringify(await links())}` : undefined),
        }
        updateConfig({ vite: { plugins: [plugin] } })
      },
      'astro:config:done': ({ config, logger: integrationLogger }) => {
        logger = integrationLogger
        site = { origin: options.siteUrl || config.site || DEFAULT_ADDRESSES.site, base: config.base }
        cacheDir ||= fileURLToPath(new URL('node_modules/.cache/toolkit-pdf/', config.root))
      },
      // In `astro dev` the PDFs are served straight from the cache at their addresses in the built site.
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = decodeURIComponent((request.url ?? '').split('?')[0] ?? '')
          if (!path.endsWith('.pdf')) return next()
          generated()
            .then(({ manifest }) => {
              const entry = Object.values(manifest.entries).find((candidate) => candidate.href === path)
              if (!entry) return next()
              response.writeHead(200, { 'content-type': 'application/pdf', 'content-length': entry.bytes })
              createReadStream(new PdfCache(cacheDir!).pathOf(entry.hash)).pipe(response)
            })
            .catch(next)
        })
      },
      'astro:build:start': async () => {
        await generated()
      },
      'astro:build:done': async ({ dir }) => {
        const { manifest, deferred } = await generated()
        const count = await timed('pdfMs', () => new PdfCache(cacheDir!).publish(manifest, fileURLToPath(dir)))
        logger?.info(`PDF's: ${count} geschreven naar pdf/`)
        if (options.deferredFile && deferred.length > 0) {
          await writeFile(options.deferredFile, JSON.stringify({ cacheDir: cacheDir!, pdfs: deferred } satisfies DeferredPdfs))
          logger?.info(`PDF's: ${deferred.length} volgen nadat de pagina's live staan; tot dan hebben hun pagina's geen downloadlink`)
        }
      },
    },
  }
}

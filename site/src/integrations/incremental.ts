/**
 * Astro integration: incremental builds (src/build/plan.ts). When the build
 * starts it takes the build's content (the same object the pages get), the
 * PDF links and the previous build's state, and wraps Astro's prerenderer
 * so that only the pages to render are rendered, each with Astro's
 * per-render metadata, whose content entries are what the page read
 * (src/lib/content/reads.ts). When the pages are done it takes the
 * unchanged pages over from the previous output, then writes the state for
 * the next build.
 *
 * It also keeps no page pointing at a missing file (src/build/assets.ts):
 * the plan is given the `_astro/` files this build wrote (Astro writes them
 * before it renders), every rendered page's HTML is read for the files it
 * links (recorded in the state, so a later build knows what a page it takes
 * over loads), and earlier builds' files are kept for a grace period.
 *
 * scripts/build.mjs drives it through the build options (src/build/options.ts;
 * an `astro build` on its own is a full build without state): `previous`,
 * the live site and its state (without them the build is full), `full`,
 * `nextState`, where to write the new state, and `deferIndex` (without it
 * the build ends with the search index of its pages).
 */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { listAssets, retainAssets } from '../build/assets.ts'
import { codeHash } from '../build/code-hash.ts'
import { linkPages } from '../build/link-pages.ts'
import { buildSummary, renderingStarts, timed } from '../build/phases.ts'
import type { BuildOptions } from '../build/options.ts'
import { loadSelections } from '../build/page-reads.ts'
import { makePlan, type Plan } from '../build/plan.ts'
import { readRendered } from '../build/read-rendered.ts'
import { pagesToIndex, writeSearchIndex } from '../build/search-index.ts'
import { readState, writeState, type BuildState } from '../build/state.ts'
import { getContent } from '../lib/content/index.ts'
import type { PdfLinks } from '../pdf/links.ts'

/** "1 document", "3.412 documenten" */
const count = (n: number, one: string, more: string) => `${new Intl.NumberFormat('nl-NL').format(n)} ${n === 1 ? one : more}`

/** The integration, and what the headers file takes from this build's pages once they are done: the hashes of every page's inline scripts (the CSP). */
export type IncrementalIntegration = AstroIntegration & { inlineScriptHashes: () => string[]; pageFiles: () => string[] }

export function incrementalBuild({ pdfLinks, options }: { pdfLinks: () => Promise<PdfLinks>; options: BuildOptions }): IncrementalIntegration {
  let plan: Plan | undefined
  let outDir = ''
  let base = '/'
  /** The `_astro/` files this build wrote, listed before any earlier build's file is taken over. */
  let assets: Set<string> | undefined
  let pagesRead = false
  /** The previous build's state, read when the build starts. */
  let before: BuildState | undefined
  const { previous } = options
  return {
    name: 'toolkit:incremental',
    inlineScriptHashes: () => {
      // Asked for before this build read its pages (an integration listed before this one): no answer beats a CSP that
      // silently blocks every inline script.
      if (!pagesRead) throw new Error('toolkit:incremental: de inline scripts van de pagina’s zijn nog niet gelezen')
      return plan!.inlineScriptHashes()
    },
    /** Every output file of the site (rendered now or taken over), once the pages are done: the sitemap's pages. */
    pageFiles: () => {
      if (!pagesRead) throw new Error('toolkit:incremental: de pagina’s van deze bouw zijn nog niet bekend')
      return plan!.pages().map((page) => page.file)
    },
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir)
        base = config.base.endsWith('/') ? config.base : `${config.base}/`
      },
      'astro:build:start': async ({ setPrerenderer }) => {
        const content = await timed('loadMs', () => getContent())
        const links = await pdfLinks()
        plan = await timed('renderMs', async () => {
          before = previous ? await readState(previous.state) : undefined
          await loadSelections(before?.reads ?? [])
          return makePlan({
            content,
            pdfLinks: links,
            code: await codeHash(),
            previous: previous ? { state: before, output: previous.output } : undefined,
            full: options.full ? 'gevraagd met SITE_FULL_BUILD' : undefined,
          })
        })
        const chosen = plan
        setPrerenderer((defaults) => ({
          name: 'toolkit:incremental',
          setup: () => {
            renderingStarts()
            return defaults.setup?.() ?? Promise.resolve()
          },
          getStaticPaths: async () => chosen.choose(await defaults.getStaticPaths(), (assets = await listAssets(outDir))),
          render: async (request, options) => {
            const result = await defaults.render(request, { ...options, collectMetadata: true })
            if (result instanceof Response) return result
            const pathname = new URL(request.url).pathname
            // Without metadata nothing is known of what the page read: it stays without reads, rendered every time.
            if (result.metadata) chosen.read(`/${pathname.startsWith(base) ? pathname.slice(base.length) : pathname}`, result.metadata?.contentEntryKeys ?? [])
            // Astro keeps incremental metadata only for its own cache, which this build does not use.
            return options.collectMetadata ? result : result.response
          },
          ...(defaults.collectStaticImages ? { collectStaticImages: () => defaults.collectStaticImages!() } : {}),
          teardown: () => defaults.teardown?.() ?? Promise.resolve(),
        }))
        buildSummary().documents = Object.values(content.collections).reduce((sum, docs) => sum + docs.length, 0)
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!plan) return
        const output = fileURLToPath(dir)
        const previousOutput = previous?.output
        if (plan.reused.length > 0) {
          const started = performance.now()
          await timed('renderMs', () => linkPages(plan!.reused, previousOutput!, output))
          Object.assign(buildSummary().steps, { takeOverMs: performance.now() - started, takenOver: plan.reused.length })
        }
        const records = await timed('renderMs', async () => {
          // The rendered pages are read (on a worker thread when there are many) while this thread works out their
          // inputs and keeps the earlier builds' assets.
          const rendered = plan!.pages().filter((page) => !page.reused && page.file.endsWith('.html'))
          const reading = readRendered(output, rendered.map((page) => page.file))
          // Its failure is met where it is awaited, below; until then it must not count as unhandled.
          reading.catch(() => undefined)
          plan!.settleInputs()
          const records = await retainAssets({
            previous: previousOutput ? { output: previousOutput, records: before?.assets } : undefined,
            output,
            current: assets ?? (await listAssets(output)),
            build: plan!.build,
            now: Date.now(),
          })
          for (const [file, refs, key, scripts] of await reading) plan!.linked(file, refs, key, scripts)
          return records
        })
        pagesRead = true
        const state = plan.nextState(records)
        const summary = buildSummary()
        summary.pages = Object.values(state.pages).filter((page) => page.file.endsWith('.html')).length
        const { changedDocuments, removedDocuments, pagesRendered, pagesForAssets } = plan.summary
        if (plan.fullBecause) {
          summary.incremental = null
          logger.info(`volledige bouw: ${plan.fullBecause}`)
        } else {
          summary.incremental = { changedDocuments, removedDocuments, pagesRendered }
          logger.info(
            `incrementeel: ${count(changedDocuments, 'document', 'documenten')} gewijzigd of nieuw, ${count(removedDocuments, 'document', 'documenten')} weg; ` +
              `${count(pagesRendered, 'pagina', 'pagina’s')} gemaakt (${pagesForAssets} om gewijzigde scripts of stijlen), ` +
              `${count(plan.reused.length, 'bestand', 'bestanden')} ongewijzigd overgenomen`,
          )
        }
        if (options.nextState) await writeState(options.nextState, state)
        // The search index of a plain `astro build`, over the pages the records say are indexed (src/build/search-index.ts).
        // scripts/build.mjs sets `deferIndex`: it puts the pages live first and builds the index after that, so an edit is
        // visible before the search index (the slowest phase) is done.
        if (!options.deferIndex) {
          await timed('indexMs', async () => {
            const started = performance.now()
            const index = await writeSearchIndex({ siteDir: output, files: pagesToIndex(plan!.pages()), outputDir: join(output, 'pagefind') })
            logger.info(`zoekindex: ${index.pages} pagina's, ${index.words} woorden in ${Math.round(performance.now() - started)} ms`)
          })
        }
      },
    },
  }
}


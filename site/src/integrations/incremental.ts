/**
 * Astro integration: incremental builds (src/build/plan.ts). When the build
 * starts it takes the build's content (the same object the pages get), the
 * PDF links and the previous build's state, and wraps Astro's prerenderer
 * so that only the pages to render are rendered. When the pages are done it
 * takes the unchanged pages over from the previous output, then writes the
 * state for the next build.
 *
 * scripts/build.mjs drives it through the environment (an `astro build` on
 * its own is a full build without state):
 * - TOOLKIT_PREVIOUS_OUTPUT / TOOLKIT_PREVIOUS_STATE: the live site and its
 *   state; without them the build is full;
 * - TOOLKIT_NEXT_STATE: where to write the new state.
 */
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { codeHash } from '../build/code-hash.ts'
import { linkPages } from '../build/link-pages.ts'
import { buildSummary, timed } from '../build/phases.ts'
import { makePlan, type Plan } from '../build/plan.ts'
import { readState, writeState } from '../build/state.ts'
import { getContent } from '../lib/content/index.ts'
import type { PdfLinks } from '../pdf/vite-plugin.ts'
import type { OutputPage } from './pagefind.ts'

/** "1 document", "3.412 documenten" */
const count = (n: number, one: string, more: string) => `${new Intl.NumberFormat('nl-NL').format(n)} ${n === 1 ? one : more}`

/** The integration, and the pages of this build once Astro has listed them (for the search index). */
export type IncrementalIntegration = AstroIntegration & { pages: () => OutputPage[] | undefined }

export function incrementalBuild({ pdfLinks }: { pdfLinks: () => Promise<PdfLinks> }): IncrementalIntegration {
  let plan: Plan | undefined
  const env = process.env
  return {
    name: 'toolkit:incremental',
    pages: () => plan?.pages(),
    hooks: {
      'astro:build:start': async ({ setPrerenderer }) => {
        const content = await timed('loadMs', () => getContent())
        const links = await pdfLinks()
        plan = await timed('renderMs', async () =>
          makePlan({
            content,
            pdfLinks: links,
            code: await codeHash(),
            previous: env.TOOLKIT_PREVIOUS_OUTPUT
              ? { state: await readState(env.TOOLKIT_PREVIOUS_STATE), output: env.TOOLKIT_PREVIOUS_OUTPUT }
              : undefined,
          }),
        )
        const chosen = plan
        setPrerenderer((defaults) => ({
          name: 'toolkit:incremental',
          setup: () => defaults.setup?.() ?? Promise.resolve(),
          getStaticPaths: async () => chosen.choose(await defaults.getStaticPaths()),
          render: (request, options) => defaults.render(request, options),
          ...(defaults.collectStaticImages ? { collectStaticImages: () => defaults.collectStaticImages!() } : {}),
          teardown: () => defaults.teardown?.() ?? Promise.resolve(),
        }))
        buildSummary().documents = Object.values(content.collections).reduce((sum, docs) => sum + docs.length, 0)
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!plan) return
        const state = plan.nextState()
        if (plan.reused.length > 0) {
          await timed('renderMs', () => linkPages(plan!.reused, env.TOOLKIT_PREVIOUS_OUTPUT!, fileURLToPath(dir)))
        }
        const summary = buildSummary()
        summary.pages = Object.values(state.pages).filter((page) => page.file.endsWith('.html')).length
        const { changedDocuments, removedDocuments, pagesRendered } = plan.summary
        if (plan.fullBecause) {
          summary.incremental = null
          logger.info(`volledige bouw: ${plan.fullBecause}`)
        } else {
          summary.incremental = { changedDocuments, removedDocuments, pagesRendered }
          logger.info(
            `incrementeel: ${count(changedDocuments, 'document', 'documenten')} gewijzigd of nieuw, ${count(removedDocuments, 'document', 'documenten')} weg; ` +
              `${count(pagesRendered, 'pagina', 'pagina’s')} gemaakt, ${count(plan.reused.length, 'bestand', 'bestanden')} ongewijzigd overgenomen`,
          )
        }
        if (env.TOOLKIT_NEXT_STATE) await writeState(env.TOOLKIT_NEXT_STATE, state)
      },
    },
  }
}

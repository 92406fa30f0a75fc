/**
 * Astro integration: the search index of a plain `astro build`
 * (src/build/search-index.ts). Pages mark their main content with
 * `data-pagefind-body`; the language (Dutch stemming) comes from
 * `<html lang="nl">`. Which pages have one comes from the incremental
 * build's page records (read from each rendered page, kept in the build
 * state for pages taken over), so no page is read twice.
 *
 * scripts/build.mjs sets the build option `deferIndex`: it puts the new
 * pages live first and builds the index after that, so an edit is visible
 * before the search index (the slowest phase) is done.
 */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { timed } from '../build/phases.ts'
import { pagesToIndex, writeSearchIndex, type IndexedPage } from '../build/search-index.ts'

export type PagefindOptions = {
  /** The pages of this build with whether each is indexed (src/integrations/incremental.ts). */
  pages: () => readonly IndexedPage[]
  /** scripts/build.mjs builds the index itself once the pages are live (src/build/options.ts). */
  deferIndex?: boolean
}

export function pagefindIndex({ pages, deferIndex = false }: PagefindOptions): AstroIntegration {
  return {
    name: 'toolkit:pagefind',
    hooks: {
      'astro:build:done': ({ dir, logger }) =>
        timed('indexMs', async () => {
          if (deferIndex) return
          const siteDir = fileURLToPath(dir)
          const started = performance.now()
          const index = await writeSearchIndex({ siteDir, files: pagesToIndex(pages()), outputDir: join(siteDir, 'pagefind') })
          logger.info(`zoekindex: ${index.pages} pagina's, ${index.words} woorden in ${Math.round(performance.now() - started)} ms`)
        }),
    },
  }
}

/**
 * Astro integration: builds the Pagefind search index over the finished
 * static site. Pages mark their main content with `data-pagefind-body`; the
 * language (Dutch stemming) comes from `<html lang="nl">`. Beside the index
 * it writes the page table and word list of the search page (search-data.ts).
 */
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import * as pagefind from 'pagefind'
import { writeSearchData } from './search-data.ts'

/** Pagefind's own UI bundles; the site has its own search island and ships none of them. */
const UNUSED_UI = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
]

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'toolkit:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir)
        const started = performance.now()
        try {
          const { index, errors } = await pagefind.createIndex({})
          if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`)
          const added = await index.addDirectory({ path: siteDir })
          if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`)
          const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') })
          if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
          await Promise.all(UNUSED_UI.map((file) => rm(join(siteDir, 'pagefind', file), { force: true })))
          const data = await writeSearchData(join(siteDir, 'pagefind'))
          logger.info(`zoekindex: ${added.page_count} pagina's, ${data.words} woorden in ${Math.round(performance.now() - started)} ms`)
        } finally {
          await pagefind.close()
        }
      },
    },
  }
}

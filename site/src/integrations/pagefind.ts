/**
 * Astro integration: which pages of the finished site go into the search
 * index, and (in a plain `astro build`) the index itself
 * (src/build/search-index.ts). Pages mark their main content with
 * `data-pagefind-body`; the language (Dutch stemming) comes from
 * `<html lang="nl">`.
 *
 * Only pages with a `data-pagefind-body` are indexed (Pagefind's own rule
 * once any page has one), whether the build is full or incremental: the same
 * pages give the same index. Which pages have one is kept in the build state
 * (`search.json`), so an incremental build does not read the pages it took
 * over unchanged.
 *
 * scripts/build.mjs sets the build option `deferIndex`: it puts the new
 * pages live first and builds the index after that, so an edit is visible
 * before the search index (the slowest phase) is done.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import type { BuildOptions } from '../build/options.ts'
import { timed } from '../build/phases.ts'
import { pagesToIndex, readIndexFlags, writeIndexFlags, writeSearchIndex, type IndexFlags } from '../build/search-index.ts'

const BODY = 'data-pagefind-body'
/** Pages read at once. */
const AT_ONCE = 64

/** A page of the output, and whether it was taken over unchanged from the previous build. */
export type OutputPage = { file: string; reused: boolean; indexed?: boolean }

export type PagefindOptions = {
  /** The pages of this build (src/integrations/incremental.ts); without it every HTML file of the output. */
  pages?: () => readonly OutputPage[] | undefined
  /** The build around this one (src/build/options.ts): the previous state, the next one, and whether the index is deferred. */
  build?: Pick<BuildOptions, 'previous' | 'nextState' | 'deferIndex'>
}

export function pagefindIndex(options: PagefindOptions = {}): AstroIntegration {
  return {
    name: 'toolkit:pagefind',
    hooks: {
      'astro:build:done': ({ dir, logger }) =>
        timed('indexMs', async () => {
          const siteDir = fileURLToPath(dir)
          const pages = (options.pages?.() ?? (await htmlFiles(siteDir)).map((file) => ({ file, reused: false }))).filter((page) =>
            page.file.endsWith('.html'),
          )
          const flags = await indexFlags(siteDir, pages, await readIndexFlags(options.build?.previous?.state))
          if (options.build?.nextState) await writeIndexFlags(options.build.nextState, flags)
          if (options.build?.deferIndex) return
          const started = performance.now()
          const index = await writeSearchIndex({ siteDir, files: pagesToIndex(flags), outputDir: join(siteDir, 'pagefind') })
          logger.info(`zoekindex: ${index.pages} pagina's, ${index.words} woorden in ${Math.round(performance.now() - started)} ms`)
        }),
    },
  }
}

/**
 * Whether each page has a body: known from the read of rendered pages (integrations/incremental.ts) or from the
 * previous build for pages taken over unchanged (same bytes); read here otherwise.
 */
async function indexFlags(siteDir: string, pages: readonly OutputPage[], known: IndexFlags): Promise<IndexFlags> {
  const flags: IndexFlags = {}
  const toRead = pages.filter(({ file, reused, indexed }) => {
    if (indexed !== undefined) flags[file] = indexed
    else if (reused && known[file] !== undefined) flags[file] = known[file]
    return flags[file] === undefined
  })
  for (let start = 0; start < toRead.length; start += AT_ONCE) {
    await Promise.all(
      toRead.slice(start, start + AT_ONCE).map(async ({ file }) => {
        flags[file] = (await readFile(join(siteDir, file), 'utf8')).includes(BODY)
      }),
    )
  }
  return flags
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
}

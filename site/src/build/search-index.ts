/**
 * The search index of a built site: which pages are indexed, and the
 * Pagefind index over them with the search page's own files beside it
 * (integrations/search-data.ts).
 *
 * Pagefind gets the indexed pages one by one through its Node API, read
 * here in batches (the build state says which pages those are, so no other
 * page is read). Measured at 10,000 indexed pages of 20,021 on the shared
 * 2-core machine under the same load: this took 17.2 s twice, and
 * Pagefind's `addDirectory` (its binary reads the folder in parallel, as its
 * CLI does) 19–21 s, because it needs a folder of just the indexed pages
 * (hard links: 5 s) — over the whole site it would parse every embed and
 * print view too. Most of the time is Pagefind's own `writeFiles`.
 *
 * Used by scripts/build.mjs after the new pages are live, so search lags the
 * pages by the seconds this takes; the integration (integrations/pagefind.ts)
 * decides which pages are indexed while the pages are built.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as pagefind from 'pagefind'
import { writeSearchData } from '../integrations/search-data.ts'

/** Per HTML file of a build: whether Pagefind indexes it. In the build state, so unchanged pages are not read again. */
export type IndexFlags = Record<string, boolean>

const FLAGS_FILE = 'search.json'

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

export async function readIndexFlags(stateDir: string | undefined): Promise<IndexFlags> {
  if (!stateDir) return {}
  return JSON.parse(await readFile(join(stateDir, FLAGS_FILE), 'utf8').catch(() => '{}'))
}

export async function writeIndexFlags(stateDir: string, flags: IndexFlags): Promise<void> {
  await mkdir(stateDir, { recursive: true })
  await writeFile(join(stateDir, FLAGS_FILE), JSON.stringify(flags))
}

/** The pages to index, in path order: those with a body, or every page when none has one (Pagefind's own rule). */
export function pagesToIndex(flags: IndexFlags): string[] {
  const all = Object.keys(flags).sort()
  const indexed = all.filter((file) => flags[file])
  return indexed.length > 0 ? indexed : all
}

/** Pages read and handed to Pagefind at once: keeps its queue full without holding every page in memory. */
const AT_ONCE = 200

/** Writes the index of `files` (paths in `siteDir`, in this order) into `outputDir`, with the search page's files. */
export async function writeSearchIndex({ siteDir, files, outputDir }: { siteDir: string; files: readonly string[]; outputDir: string }) {
  const started = performance.now()
  try {
    const { index, errors } = await pagefind.createIndex({})
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`)
    for (let start = 0; start < files.length; start += AT_ONCE) {
      const batch = files.slice(start, start + AT_ONCE)
      const pages = await Promise.all(batch.map((file) => readFile(join(siteDir, file), 'utf8')))
      const added = await Promise.all(batch.map((file, i) => index.addHTMLFile({ sourcePath: file, content: pages[i]! })))
      const failed = added.flatMap((result) => result.errors)
      if (failed.length > 0) throw new Error(`Pagefind: ${failed.join('; ')}`)
    }
    const added = performance.now()
    const written = await index.writeFiles({ outputPath: outputDir })
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
    await Promise.all(UNUSED_UI.map((file) => rm(join(outputDir, file), { force: true })))
    const indexed = performance.now()
    const data = await writeSearchData(outputDir)
    const ms = { addMs: added - started, writeMs: indexed - added, searchDataMs: performance.now() - indexed }
    return { pages: files.length, words: data.words, ...ms }
  } finally {
    await pagefind.close()
  }
}

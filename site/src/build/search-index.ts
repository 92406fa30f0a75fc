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
 * pages by the seconds this takes, and at the end of a plain `astro build`
 * (integrations/incremental.ts); which pages are indexed is read from each
 * rendered page while the pages are built (kept in the build state).
 */
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import * as pagefind from 'pagefind'
import { writeSearchData } from '../integrations/search-data.ts'

/** A file of a build and whether Pagefind indexes it (its index key when it does, index-key.ts: the build state's page record). */
export type IndexedPage = { file: string; indexed: string | null }

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

/** The pages to index, in path order: those with a body, or every HTML page when none has one (Pagefind's own rule). */
export function pagesToIndex(pages: Iterable<IndexedPage>): string[] {
  const html = [...pages].filter((page) => page.file.endsWith('.html')).sort((a, b) => (a.file < b.file ? -1 : 1))
  const indexed = html.filter((page) => page.indexed !== null)
  return (indexed.length > 0 ? indexed : html).map((page) => page.file)
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

/**
 * After Pagefind has written the index: two small files beside it that let
 * the search page do one Pagefind search per query and the rest in the
 * browser. Both are kept small: they count toward a first visit's download.
 *
 * - `toolkit-pages.json`: per Pagefind page id its filter values (the
 *   listings' keys), so filters and live facet counts are computed exactly
 *   as on the listings, without a search per filter. Its format is
 *   lib/view/search-pages.ts; the search page loads it only when filters
 *   need it, or after the first results.
 * - `toolkit-words.txt`: the indexed words of five letters or more, most
 *   frequent first, for "Bedoelde je …?" when a query may be misspelt.
 *
 * Then the brotli copies of what a first query waits for
 * (integrations/search-precompress.ts), these two files among them.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { gunzip } from 'node:zlib'
import pLimit from 'p-limit'
import { encodeSearchPages, type PageFacets } from '../lib/view/search-pages.ts'
import { precompressSearchFiles } from './search-precompress.ts'

type Fragment = { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> }

const unzip = promisify(gunzip)

/** Pagefind fragments are gzip with a `pagefind_dcd` signature before the JSON. */
async function readFragment(file: string): Promise<Fragment> {
  const text = (await unzip(await readFile(file))).toString('utf8')
  return JSON.parse(text.slice(text.indexOf('{')))
}

/** Fragments read at once (one file per page), unzipped on libuv's threads. */
const AT_ONCE = 64

/** Lowercase words of at least three letters. */
function wordsOf(text: string): string[] {
  return text.toLocaleLowerCase('nl').match(/\p{L}[\p{L}'’-]*\p{L}/gu)?.filter((word) => word.length >= 3) ?? []
}

export async function writeSearchData(pagefindDir: string): Promise<{ pages: number; words: number }> {
  const dir = join(pagefindDir, 'fragment')
  const counts = new Map<string, number>()
  const count = (word: string) => counts.set(word, (counts.get(word) ?? 0) + 1)
  const files = (await readdir(dir)).filter((file) => file.endsWith('.pf_fragment'))
  const pages = await pLimit(AT_ONCE).map(files, async (file): Promise<[string, PageFacets]> => {
    const fragment = await readFragment(join(dir, file))
    for (const word of wordsOf(`${fragment.meta.title ?? ''} ${fragment.content}`)) {
      count(word)
      // "wij-zij" counts as itself and as each of its parts.
      if (/[-'’]/.test(word)) for (const part of new Set(word.split(/[-'’]/))) if (part.length >= 3 && part !== word) count(part)
    }
    return [file.replace(/\.pf_fragment$/, ''), fragment.filters]
  })
  const words = [...counts]
    .filter(([word]) => word.length >= 5 && !/\d/.test(word))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([word]) => word)
  await writeFile(join(pagefindDir, 'toolkit-pages.json'), JSON.stringify(encodeSearchPages(pages)))
  await writeFile(join(pagefindDir, 'toolkit-words.txt'), words.join(' '))
  await precompressSearchFiles(pagefindDir)
  return { pages: pages.length, words: words.length }
}

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
 * Then brotli copies (`<file>.br`) of the search files a first query waits
 * for, these two files among them (precompressSearchFiles), for hosts that
 * serve precompressed files (scripts/serve.mjs through sirv's `brotli`
 * option, nginx `brotli_static`, Caddy `precompressed`) with
 * `Content-Encoding: br`. Other hosts serve the originals, as before.
 *
 * Pagefind writes its files gzip-compressed and gunzips them in the browser,
 * unless the browser has decoded them already: it looks for its
 * `pagefind_dcd` signature first (Pagefind's `decompress`, PR #28). Brotli
 * at its highest level over the gunzipped bytes is much smaller where a
 * first query waits: at 10,000 pages the index metadata (a hash and word
 * count per page) 61.0 → 41.7 KB, the WebAssembly 60.7 → 51.3 KB. Which
 * metadata and WebAssembly files the index has is read from Pagefind's own
 * `pagefind-entry.json`.
 *
 * Index and filter chunks (a few per query, hundreds of files) get a fast
 * level. Result fragments stay as Pagefind wrote them: one per page, about
 * 8% smaller for 2 s more per 10,000 pages at every index build.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gunzip, gunzipSync } from 'node:zlib'
import pLimit from 'p-limit'
import { encodeSearchPages, type PageFacets } from '../lib/view/search-pages.ts'

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

const compress = promisify(brotliCompress)

/** Files of a first visit's search: fetched once each, worth the slowest level (0.4 s for 140 KB). */
const BEST = 11
/** Chunk files: many, each a few KB on the wire; level 5 gets most of the gain in a fraction of the time. */
const FAST = 5
/** Files read and compressed at once. */
const COMPRESS_AT_ONCE = 32

type Entry = { languages: Record<string, { hash: string; wasm?: string }> }

/** The file's bytes, or undefined when the index has no such file (a unit test's folder has no Pagefind script). */
function readIfThere(file: string): Promise<Buffer | undefined> {
  return readFile(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined
    throw error
  })
}

async function writeBrotli(file: string, quality: number) {
  const original = await readIfThere(file)
  if (!original) return
  // The bytes a browser should end up with: Pagefind's files gunzipped (their content starts `pagefind_dcd`), others as they are.
  const bytes = original[0] === 0x1f && original[1] === 0x8b ? gunzipSync(original) : original
  const params = { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length }
  await writeFile(`${file}.br`, await compress(bytes, { params }))
}

/** The files of `dir` (a subfolder of the index) ending in `ext`; none when the folder is absent. */
async function filesIn(dir: string, ext: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[])
  return names.filter((name) => name.endsWith(ext)).map((name) => join(dir, name))
}

/** Writes `<file>.br` beside the search files in `pagefindDir`, after Pagefind and writeSearchData wrote them. */
export async function precompressSearchFiles(pagefindDir: string): Promise<void> {
  const entry: Entry = JSON.parse(String((await readIfThere(join(pagefindDir, 'pagefind-entry.json'))) ?? '{"languages":{}}'))
  const languages = Object.values(entry.languages)
  const best = [
    'pagefind.js',
    'toolkit-words.txt',
    'toolkit-pages.json',
    ...languages.map((language) => `pagefind.${language.hash}.pf_meta`),
    ...new Set(languages.map((language) => `wasm.${language.wasm ?? 'unknown'}.pagefind`)),
  ].map((name) => join(pagefindDir, name))
  const fast = [...(await filesIn(join(pagefindDir, 'index'), '.pf_index')), ...(await filesIn(join(pagefindDir, 'filter'), '.pf_filter'))]
  const jobs = [...best.map((file) => [file, BEST] as const), ...fast.map((file) => [file, FAST] as const)]
  // A few dozen at a time: an index of 10,000 pages has thousands of chunks, each an open file while it is read.
  await pLimit(COMPRESS_AT_ONCE).map(jobs, ([file, quality]) => writeBrotli(file, quality))
}

/**
 * Brotli copies (`<file>.br`) of the search files a first query waits for,
 * for hosts that serve precompressed files (scripts/serve.mjs through sirv's
 * `brotli` option, nginx `brotli_static`, Caddy `precompressed`) with
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
import { brotliCompress, constants, gunzipSync } from 'node:zlib'
import pLimit from 'p-limit'

const compress = promisify(brotliCompress)

/** Files of a first visit's search: fetched once each, worth the slowest level (0.4 s for 140 KB). */
const BEST = 11
/** Chunk files: many, each a few KB on the wire; level 5 gets most of the gain in a fraction of the time. */
const FAST = 5
/** Files read and compressed at once. */
const AT_ONCE = 32

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

/** Writes `<file>.br` beside the search files in `pagefindDir`, after Pagefind and integrations/search-data.ts wrote them. */
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
  await pLimit(AT_ONCE).map(jobs, ([file, quality]) => writeBrotli(file, quality))
}

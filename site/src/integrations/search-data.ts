/**
 * After Pagefind has written the index: two small files beside it that let
 * the search page do one Pagefind search per query and the rest in the
 * browser.
 *
 * - `toolkit-pages.json`: per Pagefind page id its address, title, type and
 *   filter values (the listings' keys), so filters and live facet counts are
 *   computed exactly as on the listings, without a search per filter.
 * - `toolkit-words.json`: the indexed words with their frequency, for
 *   "Bedoelde je …?" when a word is not in the index (a typo).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'

type Fragment = { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> }

export type SearchPage = { u: string; t: string; s?: string; f: Record<string, string[]> }

/** Pagefind fragments are gzip with a `pagefind_dcd` signature before the JSON. */
function parseFragment(bytes: Buffer): Fragment {
  const text = gunzipSync(bytes).toString('utf8')
  return JSON.parse(text.slice(text.indexOf('{')))
}

/** Lowercase words of at least three letters. */
export function wordsOf(text: string): string[] {
  return text.toLocaleLowerCase('nl').match(/\p{L}[\p{L}'’-]*\p{L}/gu)?.filter((word) => word.length >= 3) ?? []
}

export async function writeSearchData(pagefindDir: string): Promise<{ pages: number; words: number }> {
  const dir = join(pagefindDir, 'fragment')
  const pages: Record<string, SearchPage> = {}
  const counts = new Map<string, number>()
  for (const file of await readdir(dir)) {
    if (!file.endsWith('.pf_fragment')) continue
    const fragment = parseFragment(await readFile(join(dir, file)))
    const id = file.replace(/\.pf_fragment$/, '')
    pages[id] = { u: fragment.url, t: fragment.meta.title ?? fragment.url, s: fragment.meta.soort, f: fragment.filters }
    for (const word of wordsOf(`${fragment.meta.title ?? ''} ${fragment.content}`)) {
      for (const part of new Set([word, ...word.split(/[-'’]/)])) if (part.length >= 3) counts.set(part, (counts.get(part) ?? 0) + 1)
    }
  }
  const words = Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
  await writeFile(join(pagefindDir, 'toolkit-pages.json'), JSON.stringify(pages))
  await writeFile(join(pagefindDir, 'toolkit-words.json'), JSON.stringify(words))
  return { pages: Object.keys(pages).length, words: counts.size }
}

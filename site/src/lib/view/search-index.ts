/**
 * What the search page loads from the built index (`pagefind/` in the site):
 * Pagefind, which a first query waits for; the word list, fetched only when
 * a query may be misspelt (for "Bedoelde je …?"); and the page table (filter
 * values per page), fetched only when filters or counts need it.
 */
import type { ExcerptSource } from './search-excerpt.ts'
import { decodeSearchPages, type SearchPagesFile } from './search-pages.ts'
import { vocabulary, type Vocabulary } from './spelling.ts'

type PagefindData = { url: string; meta: Record<string, string>; content: string } & ExcerptSource
export type PagefindResult = { id: string; score: number; data(): Promise<PagefindData> }
export type Pagefind = {
  options(options: Record<string, unknown>): Promise<void>
  init(): Promise<void>
  search(term: string | null, options?: { filters?: Record<string, { any: string[] }> }): Promise<{ results: PagefindResult[] }>
}

/** Words in a result's excerpt. */
export const EXCERPT_LENGTH = 24

/** Pagefind, started. */
export async function loadPagefind(base: string): Promise<Pagefind> {
  const module: Pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)
  // On the page's own thread (`noWorker`): Pagefind's worker would be one more script (13 KB) and a
  // thread to start before the first query, measured 25–30 ms later first results at 10,000 pages. The
  // price: the heaviest search there ("stigma in de ggz") holds the page about 85 ms; at the toolkit's
  // own size a few.
  await module.options({ baseUrl: base, excerptLength: EXCERPT_LENGTH, noWorker: true })
  await module.init()
  return module
}

/** A file fetched once, when first asked for; after a failure the next `load` tries again. */
function loadOnce<T>(url: string, read: (response: Response) => Promise<T>) {
  let value: T | undefined
  let loading: Promise<T> | undefined
  return {
    /** The value once it is in. */
    get value() {
      return value
    },
    /** True once a load has started (and not failed). */
    get requested() {
      return loading !== undefined
    },
    load: () =>
      (loading ??= fetch(url)
        .then((response) => {
          if (!response.ok) throw new Error(`${url}: ${response.status}`)
          return read(response)
        })
        .then((loaded) => (value = loaded))
        .catch((error: unknown) => {
          loading = undefined
          throw error
        })),
  }
}

/** The indexed words (toolkit-words.txt), most frequent first: only needed to correct a query that may be misspelt. */
export function wordList(base: string) {
  return loadOnce<Vocabulary>(`${base}pagefind/toolkit-words.txt`, async (response) => vocabulary((await response.text()).split(' ').filter(Boolean)))
}

/** The page table: Pagefind page id → filter values. */
export function pageTable(base: string) {
  return loadOnce(`${base}pagefind/toolkit-pages.json`, async (response) => decodeSearchPages((await response.json()) as SearchPagesFile))
}

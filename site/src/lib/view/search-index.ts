/**
 * What the search page loads from the built index (`pagefind/` in the site):
 * Pagefind with the word list, which a first query waits for; and the page
 * table (filter values per page), fetched only when filters or counts need it.
 */
import { decodeSearchPages, type PageFacets, type SearchPagesFile } from './search-pages.ts'
import { vocabulary, type Vocabulary } from './spelling.ts'

type PagefindData = { url: string; meta: Record<string, string>; excerpt: string }
export type PagefindResult = { id: string; score: number; data(): Promise<PagefindData> }
export type Pagefind = {
  options(options: Record<string, unknown>): Promise<void>
  init(): Promise<void>
  search(term: string | null, options?: { filters?: Record<string, { any: string[] }> }): Promise<{ results: PagefindResult[] }>
}

/** Pagefind, started, and the words of the index (for "Bedoelde je …?"). */
export function loadPagefind(base: string): Promise<{ pagefind: Pagefind; words: Vocabulary }> {
  const url = `${base}pagefind/pagefind.js`
  return Promise.all([
    import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
      // On the page's own thread (`noWorker`): Pagefind's worker would be one more script (13 KB) and a
      // thread to start before the first query, measured 25–30 ms later first results at 10,000 pages. The
      // price: the heaviest search there ("stigma in de ggz") holds the page about 85 ms; at the toolkit's
      // own size a few.
      await module.options({ baseUrl: base, excerptLength: 24, noWorker: true })
      await module.init()
      return module
    }),
    fetch(`${base}pagefind/toolkit-words.txt`).then((response) => {
      if (!response.ok) throw new Error(`toolkit-words.txt: ${response.status}`)
      return response.text()
    }),
  ]).then(([pagefind, wordList]) => ({ pagefind, words: vocabulary(wordList.split(' ').filter(Boolean)) }))
}

/** The page table: Pagefind page id → filter values, fetched once; after a failure the next `load` tries again. */
export function pageTable(base: string) {
  let pages: Map<string, PageFacets> | undefined
  let loading: Promise<Map<string, PageFacets>> | undefined
  return {
    /** The table once it is in. */
    get pages() {
      return pages
    },
    /** True once a load has started (and not failed). */
    get requested() {
      return loading !== undefined
    },
    load: () =>
      (loading ??= fetch(`${base}pagefind/toolkit-pages.json`)
        .then((response) => {
          if (!response.ok) throw new Error(`toolkit-pages.json: ${response.status}`)
          return response.json() as Promise<SearchPagesFile>
        })
        .then((file) => (pages = decodeSearchPages(file)))
        .catch((error: unknown) => {
          loading = undefined
          throw error
        })),
  }
}

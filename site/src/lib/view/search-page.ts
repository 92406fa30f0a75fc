/**
 * The search page in the browser, without a framework. One Pagefind search
 * per query (synonyms and names are in the index already); filters and live
 * facet counts are computed here from the page table written at build time
 * (integrations/search-data.ts, lib/view/search-pages.ts), with the listings'
 * keys and functions. A word that is in no indexed word is corrected before
 * searching ("Bedoelde je …?"), and when nothing is found the page offers
 * near words and the finder. Query and filters live in the URL
 * (?q=hoop&thema=hoop).
 *
 * A first query waits only for what it needs: Pagefind. The word list is
 * fetched only when a query finds nothing, or its first result does not
 * mention the typed words: then unknown words are corrected and searched
 * again. The page table grows with the number of pages, so it
 * is loaded first only when filters are chosen (also those a question-like
 * query names) or for a search by filters alone; otherwise after the first
 * results are on screen, and the counts follow (search-index.ts loads all
 * three; search-url.ts reads and writes the address; search-result-item.ts
 * draws a result).
 */
import { openChosenGroups, readBoxes, setBoxes, showCounts, showResultCount } from './filter-ui.ts'
import { activeFilterCount, facetCounts, matchesFilters, type FilterState } from './filters.ts'
import { readFirst, readQuery, type QueryReading } from './query-intent.ts'
import { EXCERPT_LENGTH, loadPagefind, pageTable, wordList, type Pagefind, type PagefindResult } from './search-index.ts'
import type { PageFacets } from './search-pages.ts'
import { pageExcerpt } from './search-excerpt.ts'
import { resultItem, type ResultItem } from './search-result-item.ts'
import { readSearchUrl, writeSearchUrl, type FilterLabels } from './search-url.ts'
import { correctQuery, mentionsQuery, suggestions } from './spelling.ts'

type Hit = { id: string; result: PagefindResult }

const PAGE_SIZE = 10

/** Runs `task` once the current changes are painted. */
function afterPaint(task: () => void) {
  requestAnimationFrame(() => setTimeout(task, 0))
}

export function startSearch(root: HTMLElement) {
  const base = (root.dataset.base ?? '/').replace(/\/?$/, '/')
  const keys: string[] = JSON.parse(root.dataset.keys ?? '[]')
  /** Dutch label → value per key, for old links that used labels (`soort=Onderbouwing`). */
  const labels: FilterLabels = JSON.parse(root.dataset.labels ?? '{}')
  const order: string[] = JSON.parse(root.dataset.order ?? '[]')
  const queryForm = root.querySelector<HTMLFormElement>('[data-search-form]')!
  const input = queryForm.querySelector<HTMLInputElement>('input[name=q]')!
  const filterForm = root.querySelector<HTMLFormElement>('[data-filter-form]')!
  const boxes = [...filterForm.querySelectorAll<HTMLInputElement>('input[type=checkbox]')]
  const status = root.querySelector<HTMLElement>('[data-search-status]')!
  const correction = root.querySelector<HTMLElement>('[data-search-correction]')!
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!
  const empty = root.querySelector<HTMLElement>('[data-search-empty]')!
  const near = root.querySelector<HTMLElement>('[data-search-near]')!
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!
  const reset = root.querySelector<HTMLButtonElement>('[data-filter-reset]')
  const toResults = root.querySelector<HTMLAnchorElement>('[data-to-results]')
  const results = root.querySelector<HTMLElement>('#resultaten')
  const failed = root.querySelector<HTMLElement>('[data-search-failed]')!
  const readingNote = root.querySelector<HTMLElement>('[data-search-reading]')

  let pagefind: Pagefind | undefined
  const table = pageTable(base)
  const words = wordList(base)
  /** Pagefind's answer per query: one search per distinct query. */
  const cache = new Map<string, Promise<PagefindResult[]>>()
  let run = 0
  let matched: Hit[] = []
  /** When set, search the query as typed instead of the correction. */
  let literal = ''

  const facetsOf = (hit: Hit): PageFacets => table.value?.get(hit.id) ?? {}

  /** One Pagefind search per distinct query; '' stands for all pages that have a type (needs the page table). */
  const pagefindSearch = (term: string) => {
    let pending = cache.get(term)
    if (!pending) {
      const types = term ? [] : [...new Set([...table.value!.values()].flatMap((facets) => facets.soort ?? []))]
      pending = (term ? pagefind!.search(term) : pagefind!.search(null, { filters: { soort: { any: types } } })).then((answer) => answer.results)
      cache.set(term, pending)
      // How many Pagefind searches this page has run (tests check: one per query, none per filter).
      list.dataset.pagefindSearches = String(cache.size)
    }
    return pending
  }
  /**
   * Pagefind's answer for `term`; when `forgive` is set and it finds nothing, or a first result that does not
   * mention the typed words (spelling.ts `mentionsQuery`; its fragment is loaded to be shown anyway), the
   * answer for the term with its unknown words corrected ("Bedoelde je …?"), which needs the word list. When no
   * word is unknown, or the word list failed to load, Pagefind's answer stands.
   */
  async function searchForgiving(term: string, forgive: boolean): Promise<{ found: PagefindResult[]; corrected?: string }> {
    const found = await pagefindSearch(term)
    if (!forgive) return { found }
    if (found[0]) {
      // A fragment that cannot be loaded (an index swapped meantime) only means no proof that the words were found.
      const top = await found[0].data().catch(() => undefined)
      if (top && mentionsQuery(`${top.meta.title ?? ''} ${top.content}`, term)) return { found }
    }
    const vocab = await words.load().catch(() => undefined)
    const corrected = vocab && correctQuery(term, vocab)
    return corrected ? { found: await pagefindSearch(corrected), corrected } : { found }
  }

  /**
   * The results for `terms` (forgiving a misspelling when `forgive` is set), with the page table loaded beside
   * them when `withTable`; without terms, every page that has a type (which needs the table).
   */
  async function find(terms: string, forgive: boolean, withTable: boolean): Promise<{ found: PagefindResult[]; corrected?: string }> {
    if (!terms) return { found: await table.load().then(() => pagefindSearch('')) }
    const [answer] = await Promise.all([searchForgiving(terms, forgive), withTable ? table.load() : undefined])
    return answer
  }

  /** Without a query, results go by type (what a team can use first), as on /overzicht/. */
  const rank = (hit: Hit) => {
    const type = facetsOf(hit).soort?.[0] ?? ''
    const index = order.indexOf(type)
    return index === -1 ? order.length : index
  }

  async function render(hits: Hit[], from: number, withExcerpt: boolean): Promise<ResultItem[]> {
    return Promise.all(
      hits.slice(from, from + PAGE_SIZE).map(async (hit) => {
        const data = await hit.result.data()
        return { url: data.url, title: data.meta.title ?? data.url, type: data.meta.soort, excerpt: withExcerpt ? pageExcerpt(data, EXCERPT_LENGTH) : undefined }
      }),
    )
  }

  /** The first results of `matched` in the list, with the button for more and the count by the filters. */
  function showFirst(first: ResultItem[], query: string, hasFilters: boolean) {
    list.replaceChildren(...first.map(resultItem))
    // The query (as typed) these results answer.
    list.dataset.searchQuery = query
    more.hidden = matched.length <= PAGE_SIZE
    more.textContent = `Meer resultaten (${matched.length - first.length})`
    if (reset) reset.hidden = !hasFilters
    showResultCount(toResults, matched.length)
  }

  /**
   * Live counts of `items` (the current results), for search `id`: at once
   * when the page table is in, otherwise once it is, loaded after what is on
   * screen now has been painted. The filters are marked busy meanwhile.
   */
  function showCountsOf(id: number, items: () => PageFacets[], state: FilterState) {
    const show = () => {
      if (id !== run) return
      showCounts(filterForm, facetCounts(items(), state, keys))
      filterForm.removeAttribute('aria-busy')
    }
    if (table.value) return show()
    filterForm.setAttribute('aria-busy', 'true')
    afterPaint(() =>
      table.load().then(show, () => {
        // The counts of the built page stay; filtering tries the table again.
        if (id === run) filterForm.removeAttribute('aria-busy')
      }),
    )
  }

  async function search() {
    if (!pagefind) return
    const query = input.value.trim()
    const state = readBoxes(boxes)
    writeSearchUrl(query, state, keys)
    const id = ++run
    const started = performance.now()
    const hasFilters = activeFilterCount(state) > 0
    if (!query && !hasFilters) {
      list.replaceChildren()
      status.textContent = ''
      correction.hidden = true
      empty.hidden = true
      more.hidden = true
      // The page was built with the counts of all pages: they need restoring only after counts for a query.
      if (table.value || table.requested) showCountsOf(id, () => [...table.value!.values()], state)
      else filterForm.removeAttribute('aria-busy')
      return
    }
    root.setAttribute('aria-busy', 'true')
    // A question ("hoe praat ik over stigma met mijn team", "werkvorm 30 minuten"): its words, type and time first.
    const reading = query && literal !== query ? readQuery(query) : undefined
    if (reading && readFirst(query, reading)) {
      const shown = await searchReading(id, query, reading, state)
      if (id !== run) return
      if (shown) return
    }
    if (readingNote) readingNote.hidden = true
    // With words: one Pagefind search for the query (two when it is corrected), filtered here. Filters only: every page with a type.
    let found: PagefindResult[]
    let corrected: string | undefined
    try {
      ;({ found, corrected } = await find(query, literal !== query, hasFilters))
    } catch {
      if (id !== run) return
      failed.hidden = false
      root.removeAttribute('aria-busy')
      return
    }
    if (id !== run) return
    failed.hidden = true
    const term = corrected ?? query
    const candidates: Hit[] = found.map((result) => ({ id: result.id, result }))
    matched = hasFilters ? candidates.filter((hit) => matchesFilters(facetsOf(hit), state)) : candidates
    if (!term) matched.sort((a, b) => rank(a) - rank(b))
    const first = await render(matched, 0, Boolean(term))
    if (id !== run) return
    showFirst(first, query, hasFilters)
    list.dataset.searchMs = String(Math.round(performance.now() - started))

    correction.hidden = !corrected
    if (corrected) {
      correction.querySelector('[data-corrected]')!.textContent = corrected
      const original = correction.querySelector<HTMLButtonElement>('[data-literal]')!
      original.textContent = `Zoek toch op “${query}”`
    }
    const what = term ? ` voor “${term}”` : ''
    const filtered = hasFilters ? ' met de gekozen filters' : ''
    const count = matched.length
    status.textContent =
      count === 0
        ? `Geen resultaten${what}${filtered}.`
        : `${count} ${count === 1 ? 'resultaat' : 'resultaten'}${what}${filtered}${corrected ? ` (je zocht “${query}”)` : ''}`
    empty.hidden = count > 0
    if (count === 0) void showNear(id, term, hasFilters)
    root.removeAttribute('aria-busy')
    showCountsOf(id, () => candidates.map(facetsOf), state)
  }

  /** The label of a filter value as its checkbox shows it ("Werkvormen", "Tot 30 minuten"). */
  const labelOf = (key: string, value: string) => {
    const box = boxes.find((candidate) => candidate.name === key && candidate.value === value)
    return box?.closest('label')?.querySelector('span')?.firstChild?.textContent?.trim() ?? value
  }

  /**
   * Searches what a question-like query asks for: its words (corrected like a
   * typed query), filtered by the type and time it names on top of the chosen
   * filters. Shows the results and returns true when there are any; false
   * leaves the query to be searched as typed.
   */
  async function searchReading(id: number, query: string, reading: QueryReading, state: FilterState): Promise<boolean> {
    const filters: FilterState = { ...state }
    for (const [key, values] of Object.entries(reading.filters)) {
      const known = values.filter((value) => boxes.some((box) => box.name === key && box.value === value))
      if (known.length && !(state[key]?.length)) filters[key] = known
    }
    if (!reading.terms && activeFilterCount(filters) === 0) return false
    let found: PagefindResult[]
    let corrected: string | undefined
    try {
      // The page table only when there is something to filter by (or to order the results of filters alone by).
      ;({ found, corrected } = await find(reading.terms, true, activeFilterCount(filters) > 0))
    } catch {
      return false
    }
    if (id !== run) return true
    const term = corrected ?? reading.terms
    const hits = found.map((result) => ({ id: result.id, result })).filter((hit) => matchesFilters(facetsOf(hit), filters))
    if (hits.length === 0) return false
    if (!term) hits.sort((a, b) => rank(a) - rank(b))
    matched = hits
    const first = await render(matched, 0, Boolean(term))
    if (id !== run) return true
    showFirst(first, query, activeFilterCount(state) > 0)
    correction.hidden = true
    const added = Object.entries(filters).filter(([key]) => !(state[key]?.length)).flatMap(([key, values]) => values.map((value) => labelOf(key, value)))
    const described = [term ? `“${term}”` : 'alles', ...(added.length ? [`filters ${added.join(', ')}`] : [])].join(' met ')
    if (readingNote) {
      readingNote.querySelector('[data-reading]')!.textContent = described
      readingNote.hidden = false
    }
    status.textContent = `${matched.length} ${matched.length === 1 ? 'resultaat' : 'resultaten'} voor ${described} (je zocht “${query}”)`
    empty.hidden = true
    root.removeAttribute('aria-busy')
    showCountsOf(id, () => hits.map(facetsOf), state)
    return true
  }

  /** Near words for a query that found nothing (the word list is fetched for them), and the way out of the filters. */
  async function showNear(id: number, query: string, hasFilters: boolean) {
    root.querySelector<HTMLElement>('[data-without-filters]')!.hidden = !hasFilters
    // No near words of an earlier query while the word list comes in (once loaded, it is there before the next paint).
    near.closest<HTMLElement>('[data-near-block]')!.hidden = true
    const vocab = query ? await words.load().catch(() => undefined) : undefined
    if (id !== run) return
    const options = vocab ? suggestions(query, vocab) : []
    const links = options.map((word) => {
      const li = document.createElement('li')
      const link = document.createElement('a')
      link.href = `?q=${encodeURIComponent(word)}`
      link.textContent = word
      link.addEventListener('click', (event) => {
        event.preventDefault()
        input.value = word
        void search()
      })
      li.append(link)
      return li
    })
    near.replaceChildren(...links)
    near.closest<HTMLElement>('[data-near-block]')!.hidden = links.length === 0
  }

  let timer: number | undefined
  const soon = () => {
    window.clearTimeout(timer)
    timer = window.setTimeout(() => void search(), 180)
  }

  input.addEventListener('input', () => {
    literal = ''
    soon()
  })
  queryForm.addEventListener('submit', (event) => {
    event.preventDefault()
    window.clearTimeout(timer)
    void search()
  })
  filterForm.addEventListener('change', () => void search())
  filterForm.addEventListener('submit', (event) => event.preventDefault())
  reset?.addEventListener('click', () => {
    for (const box of boxes) box.checked = false
    void search()
    boxes[0]?.focus()
  })
  root.querySelector('[data-without-filters] button')?.addEventListener('click', () => {
    for (const box of boxes) box.checked = false
    void search()
  })
  readingNote?.querySelector('[data-reading-literal]')?.addEventListener('click', () => {
    literal = input.value.trim()
    void search()
  })
  correction.querySelector('[data-literal]')?.addEventListener('click', () => {
    literal = input.value.trim()
    void search()
  })
  toResults?.addEventListener('click', (event) => {
    event.preventDefault()
    results?.scrollIntoView({ block: 'start' })
    results?.focus({ preventScroll: true })
  })
  more.addEventListener('click', async () => {
    const next = await render(matched, list.children.length, Boolean(input.value.trim()))
    list.append(...next.map(resultItem))
    more.hidden = list.children.length >= matched.length
    more.textContent = `Meer resultaten (${matched.length - list.children.length})`
  })

  const initial = readSearchUrl(keys, labels)
  input.value = initial.query
  setBoxes(boxes, initial.state)
  openChosenGroups(filterForm)
  filterForm.hidden = false

  // Filters in the URL: the first search filters, so the page table comes along from the start.
  if (activeFilterCount(initial.state) > 0) table.load().catch(() => undefined)
  loadPagefind(base)
    .then((loaded) => {
      pagefind = loaded
      root.dataset.searchReady = ''
      void search()
    })
    .catch(() => {
      failed.hidden = false
    })
}

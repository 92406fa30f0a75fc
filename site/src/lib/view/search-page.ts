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
 * A first query waits only for what it needs: Pagefind and the word list.
 * The page table grows with the number of pages, so it is loaded first only
 * when filters are chosen (or for a search by filters alone); otherwise
 * after the first results are on screen, and the counts follow.
 */
import { openChosenGroups, readBoxes, setBoxes, showCounts, showResultCount } from './filter-ui.ts'
import { activeFilterCount, facetCounts, filterQueryString, matchesFilters, parseFilterQuery, type FilterState } from './filters.ts'
import { languageRuns } from './lang.ts'
import { decodeSearchPages, type PageFacets, type SearchPagesFile } from './search-pages.ts'
import { readFirst, readQuery, type QueryReading } from './query-intent.ts'
import { correctQuery, suggestions, vocabulary, type Vocabulary } from './spelling.ts'

type PagefindData = { url: string; meta: Record<string, string>; excerpt: string }
type PagefindResult = { id: string; score: number; data(): Promise<PagefindData> }
type Pagefind = {
  options(options: Record<string, unknown>): Promise<void>
  init(): Promise<void>
  search(term: string | null, options?: { filters?: Record<string, { any: string[] }> }): Promise<{ results: PagefindResult[] }>
}
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
  const labels: Record<string, Record<string, string>> = JSON.parse(root.dataset.labels ?? '{}')
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
  /** Pagefind page id → filter values, once the page table is in. */
  let pages: Map<string, PageFacets> | undefined
  let pagesLoading: Promise<Map<string, PageFacets>> | undefined
  let words: Vocabulary = vocabulary([])
  /** Pagefind's answer per query: one search per distinct query. */
  const cache = new Map<string, Promise<PagefindResult[]>>()
  let run = 0
  let matched: Hit[] = []
  /** When set, search the query as typed instead of the correction. */
  let literal = ''

  const readUrl = () => {
    const params = new URLSearchParams(location.search)
    for (const key of keys) {
      const values = params.getAll(key).map((value) => labels[key]?.[value] ?? value)
      params.delete(key)
      for (const value of values) params.append(key, value)
    }
    return { query: params.get('q') ?? '', state: parseFilterQuery(params, keys) }
  }

  const writeUrl = (query: string, state: FilterState) => {
    const params = new URLSearchParams()
    if (query.trim()) params.set('q', query.trim())
    const search = filterQueryString(state, keys, params.toString())
    history.replaceState(history.state, '', `${location.pathname}${search}`)
  }

  /** The page table, fetched once; after a failure the next search tries again. */
  const loadPages = () =>
    (pagesLoading ??= fetch(`${base}pagefind/toolkit-pages.json`)
      .then((response) => {
        if (!response.ok) throw new Error(`toolkit-pages.json: ${response.status}`)
        return response.json() as Promise<SearchPagesFile>
      })
      .then((file) => (pages = decodeSearchPages(file)))
      .catch((error: unknown) => {
        pagesLoading = undefined
        throw error
      }))
  const facetsOf = (hit: Hit): PageFacets => pages?.get(hit.id) ?? {}

  /** One Pagefind search per distinct query; '' stands for all pages that have a type (needs the page table). */
  const pagefindSearch = (term: string) => {
    let pending = cache.get(term)
    if (!pending) {
      const types = term ? [] : [...new Set([...pages!.values()].flatMap((facets) => facets.soort ?? []))]
      pending = (term ? pagefind!.search(term) : pagefind!.search(null, { filters: { soort: { any: types } } })).then((answer) => answer.results)
      cache.set(term, pending)
      // How many Pagefind searches this page has run (tests check: one per query, none per filter).
      list.dataset.pagefindSearches = String(cache.size)
    }
    return pending
  }
  /** Without a query, results go by type (what a team can use first), as on /overzicht/. */
  const rank = (hit: Hit) => {
    const type = facetsOf(hit).soort?.[0] ?? ''
    const index = order.indexOf(type)
    return index === -1 ? order.length : index
  }

  async function render(hits: Hit[], from: number, withExcerpt: boolean) {
    return Promise.all(
      hits.slice(from, from + PAGE_SIZE).map(async (hit) => {
        const data = await hit.result.data()
        return { url: data.url, title: data.meta.title ?? data.url, type: data.meta.soort, excerpt: withExcerpt ? data.excerpt : undefined }
      }),
    )
  }

  function resultItem(item: { url: string; title: string; type?: string; excerpt?: string }): HTMLLIElement {
    const li = document.createElement('li')
    if (item.type) {
      const type = document.createElement('p')
      type.className = 'type'
      type.textContent = item.type
      li.append(type)
    }
    const heading = document.createElement('h3')
    const link = document.createElement('a')
    link.href = item.url
    // English names ("Beyond the label") are marked lang="en", as on the pages themselves.
    link.append(
      ...languageRuns(item.title).map((run) => {
        if (!run.lang) return document.createTextNode(run.text)
        const span = document.createElement('span')
        span.lang = run.lang
        span.textContent = run.text
        return span
      }),
    )
    heading.append(link)
    li.append(heading)
    if (item.excerpt) {
      const excerpt = document.createElement('p')
      // Pagefind escapes the page text and only adds <mark> around matches.
      excerpt.innerHTML = item.excerpt
      li.append(excerpt)
    }
    return li
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
    if (pages) return show()
    filterForm.setAttribute('aria-busy', 'true')
    afterPaint(() =>
      loadPages().then(show, () => {
        // The counts of the built page stay; filtering tries the table again.
        if (id === run) filterForm.removeAttribute('aria-busy')
      }),
    )
  }

  async function search() {
    if (!pagefind) return
    const query = input.value.trim()
    const state = readBoxes(boxes)
    writeUrl(query, state)
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
      if (pages || pagesLoading) showCountsOf(id, () => [...pages!.values()], state)
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
    const corrected = query && literal !== query ? correctQuery(query, words) : undefined
    const term = corrected ?? query
    // With words: one Pagefind search for the query, filtered here. Filters only: every page with a type.
    let found: PagefindResult[]
    try {
      if (!term) found = await loadPages().then(() => pagefindSearch(''))
      else [found] = await Promise.all([pagefindSearch(term), hasFilters ? loadPages() : undefined])
    } catch {
      if (id !== run) return
      failed.hidden = false
      root.removeAttribute('aria-busy')
      return
    }
    if (id !== run) return
    failed.hidden = true
    const candidates: Hit[] = found.map((result) => ({ id: result.id, result }))
    matched = hasFilters ? candidates.filter((hit) => matchesFilters(facetsOf(hit), state)) : candidates
    if (!term) matched.sort((a, b) => rank(a) - rank(b))
    const first = await render(matched, 0, Boolean(term))
    if (id !== run) return
    list.replaceChildren(...first.map(resultItem))
    list.dataset.searchMs = String(Math.round(performance.now() - started))
    // The query (as typed) these results answer.
    list.dataset.searchQuery = query
    more.hidden = matched.length <= PAGE_SIZE
    more.textContent = `Meer resultaten (${matched.length - first.length})`
    if (reset) reset.hidden = !hasFilters
    showResultCount(toResults, matched.length)

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
    if (count === 0) showNear(term, hasFilters)
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
    const term = reading.terms ? (correctQuery(reading.terms, words) ?? reading.terms) : ''
    if (!term && activeFilterCount(filters) === 0) return false
    let found: PagefindResult[]
    try {
      await loadPages()
      found = await pagefindSearch(term)
    } catch {
      return false
    }
    if (id !== run) return true
    const hits = found.map((result) => ({ id: result.id, result })).filter((hit) => matchesFilters(facetsOf(hit), filters))
    if (hits.length === 0) return false
    if (!term) hits.sort((a, b) => rank(a) - rank(b))
    matched = hits
    const first = await render(matched, 0, Boolean(term))
    if (id !== run) return true
    list.replaceChildren(...first.map(resultItem))
    list.dataset.searchQuery = query
    more.hidden = matched.length <= PAGE_SIZE
    more.textContent = `Meer resultaten (${matched.length - first.length})`
    if (reset) reset.hidden = activeFilterCount(state) === 0
    showResultCount(toResults, matched.length)
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

  function showNear(query: string, hasFilters: boolean) {
    const options = query ? suggestions(query, words) : []
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
    root.querySelector<HTMLElement>('[data-without-filters]')!.hidden = !hasFilters
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

  const initial = readUrl()
  input.value = initial.query
  setBoxes(boxes, initial.state)
  openChosenGroups(filterForm)
  filterForm.hidden = false

  // Filters in the URL: the first search filters, so the page table comes along from the start.
  if (activeFilterCount(initial.state) > 0) loadPages().catch(() => undefined)
  const url = `${base}pagefind/pagefind.js`
  Promise.all([
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
  ])
    .then(([module, wordList]) => {
      pagefind = module
      words = vocabulary(wordList.split(' ').filter(Boolean))
      root.dataset.searchReady = ''
      void search()
    })
    .catch(() => {
      failed.hidden = false
    })
}

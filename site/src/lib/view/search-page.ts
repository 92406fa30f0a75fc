/**
 * The search page in the browser, without a framework. One Pagefind search
 * per query (synonyms and names are in the index already); filters and live
 * facet counts are computed here from the page table written at build time
 * (integrations/search-data.ts), with the listings' keys and functions. A
 * word that is in no indexed word is corrected before searching ("Bedoelde
 * je …?"), and when nothing is found the page offers near words and the
 * finder. Query and filters live in the URL (?q=hoop&thema=hoop).
 */
import { openChosenGroups, readBoxes, setBoxes, showCounts, showResultCount } from './filter-ui.ts'
import { activeFilterCount, facetCounts, filterQueryString, matchesFilters, parseFilterQuery, type FilterState } from './filters.ts'
import { languageRuns } from './lang.ts'
import { correctQuery, suggestions, vocabulary, type Vocabulary } from './spelling.ts'

type PagefindData = { url: string; meta: Record<string, string>; excerpt: string }
type PagefindResult = { id: string; score: number; data(): Promise<PagefindData> }
type Pagefind = {
  options(options: Record<string, unknown>): Promise<void>
  init(): Promise<void>
  search(term: string | null, options?: { filters?: Record<string, { any: string[] }> }): Promise<{ results: PagefindResult[] }>
}
type FacetValues = Record<string, string[]>
type Hit = { id: string; result: PagefindResult }

const PAGE_SIZE = 10

function splitOnce(text: string): [string, string] {
  const at = text.indexOf(':')
  return [text.slice(0, at), text.slice(at + 1)]
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

  let pagefind: Pagefind | undefined
  /** Pagefind page id → filter values (integrations/search-data.ts). */
  let pages: Record<string, FacetValues> = {}
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

  /** One Pagefind search per distinct query; '' stands for all pages that have a type. */
  const pagefindSearch = (term: string) => {
    let pending = cache.get(term)
    if (!pending) {
      const types = [...new Set(Object.values(pages).flatMap((facets) => facets.soort ?? []))]
      pending = (term ? pagefind!.search(term) : pagefind!.search(null, { filters: { soort: { any: types } } })).then((answer) => answer.results)
      cache.set(term, pending)
      // How many Pagefind searches this page has run (tests check: one per query, none per filter).
      list.dataset.pagefindSearches = String(cache.size)
    }
    return pending
  }
  /** Without a query, results go by type (what a team can use first), as on /overzicht/. */
  const rank = (hit: Hit) => {
    const type = pages[hit.id]?.soort?.[0] ?? ''
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
      showCounts(filterForm, facetCounts(Object.values(pages), state, keys))
      return
    }
    root.setAttribute('aria-busy', 'true')
    const corrected = query && literal !== query ? correctQuery(query, words) : undefined
    const term = corrected ?? query
    // With words: one Pagefind search for the query, filtered here. Filters only: every page with a type.
    const found = term ? await pagefindSearch(term) : await pagefindSearch('')
    if (id !== run) return
    const candidates: Hit[] = found.map((result) => ({ id: result.id, result }))
    const facets = candidates.map((hit) => pages[hit.id] ?? {})
    matched = candidates.filter((hit) => matchesFilters(pages[hit.id] ?? {}, state))
    if (!term) matched.sort((a, b) => rank(a) - rank(b))
    const first = await render(matched, 0, Boolean(term))
    if (id !== run) return
    showCounts(filterForm, facetCounts(facets, state, keys))
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

  const url = `${base}pagefind/pagefind.js`
  Promise.all([
    import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
      await module.options({ baseUrl: base, excerptLength: 24 })
      await module.init()
      return module
    }),
    fetch(`${base}pagefind/toolkit-pages.json`).then((response) => response.json() as Promise<{ v: string[]; p: Record<string, number[]> }>),
    fetch(`${base}pagefind/toolkit-words.txt`).then((response) => response.text()),
  ])
    .then(([module, table, wordList]) => {
      pagefind = module
      pages = Object.fromEntries(
        Object.entries(table.p).map(([pageId, indexes]) => {
          const facets: FacetValues = {}
          for (const index of indexes) {
            const [key, value] = splitOnce(table.v[index]!)
            ;(facets[key] ??= []).push(value)
          }
          return [pageId, facets]
        }),
      )
      words = vocabulary(wordList.split(' ').filter(Boolean))
      root.dataset.searchReady = ''
      void search()
    })
    .catch(() => {
      root.querySelector<HTMLElement>('[data-search-failed]')!.hidden = false
    })
}

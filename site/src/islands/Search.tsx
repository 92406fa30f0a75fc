/**
 * Site search (React island, only on /zoeken/): Pagefind with Dutch stemming,
 * filters, highlighted matches and a result count for screen readers. Query
 * and filters live in the URL (?q=hoop&thema=Hoop). Abbreviations and full
 * names of methods find each other through `synonyms`.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { expandQuery, mergeResults, type ScoredId } from '../lib/view/synonyms.ts'

/** A search filter: Pagefind filter key, Dutch label, and its values in the order to show them. */
type FacetDef = { key: string; label: string; order: string[] }
type Props = {
  /** The site's base path, e.g. "/" or "/toolkit/". */
  base: string
  facets: FacetDef[]
  /** Normalised term → other terms that name the same method. */
  synonyms: Record<string, string[]>
}

type PagefindData = { url: string; meta: Record<string, string>; excerpt: string }
type PagefindResult = ScoredId & { data(): Promise<PagefindData> }
type PagefindSearch = { results: PagefindResult[]; filters: Record<string, Record<string, number>> }
type Pagefind = {
  options(options: Record<string, unknown>): Promise<void>
  init(): Promise<void>
  filters(): Promise<Record<string, Record<string, number>>>
  search(term: string | null, options?: { filters?: Record<string, { any: string[] }> }): Promise<PagefindSearch>
}
type Shown = { id: string; url: string; title: string; type?: string; excerpt: string }
type Selected = Record<string, string[]>

const PAGE_SIZE = 10

function readUrl(facets: FacetDef[]): { query: string; selected: Selected } {
  const params = new URLSearchParams(window.location.search)
  const selected: Selected = {}
  for (const { key } of facets) {
    const values = params.getAll(key).filter(Boolean)
    if (values.length) selected[key] = values
  }
  return { query: params.get('q') ?? '', selected }
}

function writeUrl(query: string, selected: Selected) {
  const params = new URLSearchParams()
  if (query.trim()) params.set('q', query.trim())
  for (const [key, values] of Object.entries(selected)) for (const value of [...values].sort()) params.append(key, value)
  const search = params.toString()
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${search ? `?${search}` : ''}`)
}

export default function Search({ base, facets, synonyms }: Props) {
  const pagefind = useRef<Pagefind | null>(null)
  const run = useRef(0)
  const [ready, setReady] = useState(false)
  const [failed, setFailed] = useState(false)
  const [query, setQuery] = useState('')
  const [selected, setSelected] = useState<Selected>({})
  const [options, setOptions] = useState<Record<string, Record<string, number>>>({})
  const [all, setAll] = useState<PagefindResult[]>([])
  const [shown, setShown] = useState<Shown[]>([])
  const [status, setStatus] = useState('')
  const [searching, setSearching] = useState(false)
  const [elapsed, setElapsed] = useState<number | undefined>()

  useEffect(() => {
    const initial = readUrl(facets)
    setQuery(initial.query)
    setSelected(initial.selected)
    const url = `${base.replace(/\/?$/, '/')}pagefind/pagefind.js`
    import(/* @vite-ignore */ url)
      .then(async (module: Pagefind) => {
        await module.options({ baseUrl: base, excerptLength: 24 })
        await module.init()
        pagefind.current = module
        setOptions(await module.filters())
        setReady(true)
      })
      .catch(() => setFailed(true))
  }, [base, facets])

  useEffect(() => {
    if (!ready) return
    const timer = window.setTimeout(() => void search(query, selected), 180)
    return () => window.clearTimeout(timer)
  }, [ready, query, selected])

  async function search(term: string, chosen: Selected) {
    const api = pagefind.current
    if (!api) return
    writeUrl(term, chosen)
    const trimmed = term.trim()
    const hasFilters = Object.keys(chosen).length > 0
    if (!trimmed && !hasFilters) {
      setAll([])
      setShown([])
      setStatus('')
      return
    }
    const id = ++run.current
    const started = performance.now()
    setSearching(true)
    const filters = Object.fromEntries(Object.entries(chosen).map(([key, values]) => [key, { any: values }]))
    const terms = trimmed ? expandQuery(trimmed, synonyms) : [null]
    const searches = await Promise.all(terms.map((t) => api.search(t, { filters })))
    const results = mergeResults(searches.map((s) => s.results))
    const page = await Promise.all(results.slice(0, PAGE_SIZE).map(load))
    if (id !== run.current) return
    if (searches[0]) setOptions(searches[0].filters)
    setAll(results)
    setShown(page)
    setElapsed(Math.round(performance.now() - started))
    setSearching(false)
    const what = trimmed ? ` voor “${trimmed}”` : ''
    const filtered = hasFilters ? ' met de gekozen filters' : ''
    setStatus(
      results.length === 0
        ? `Geen resultaten${what}${filtered}. Probeer een ander woord of minder filters.`
        : `${results.length} ${results.length === 1 ? 'resultaat' : 'resultaten'}${what}${filtered}`,
    )
  }

  async function load(result: PagefindResult): Promise<Shown> {
    const data = await result.data()
    return { id: result.id, url: data.url, title: data.meta.title ?? data.url, type: data.meta.soort, excerpt: data.excerpt }
  }

  async function more() {
    const next = await Promise.all(all.slice(shown.length, shown.length + PAGE_SIZE).map(load))
    setShown([...shown, ...next])
  }

  function toggle(key: string, value: string, on: boolean) {
    const values = new Set(selected[key] ?? [])
    if (on) values.add(value)
    else values.delete(value)
    const next = { ...selected }
    if (values.size) next[key] = [...values]
    else delete next[key]
    setSelected(next)
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    void search(query, selected)
  }

  return (
    <div className="search" data-search-ready={ready ? '' : undefined}>
      <form className="search-form" role="search" onSubmit={submit}>
        <label htmlFor="zoekterm" className="visually-hidden">Zoekterm</label>
        <input
          id="zoekterm"
          type="search"
          name="q"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder="Bijvoorbeeld: hoop, openheid op het werk, HOP"
          autoComplete="off"
        />
        <button type="submit">Zoeken</button>
      </form>
      {failed && <p className="gaps">Zoeken is nu niet beschikbaar: de zoekindex kon niet worden geladen. Gebruik de overzichten in het menu.</p>}
      <div className="listing">
        <div className="filters" role="group" aria-label="Filters">
          {facets.map(({ key, label, order }) => {
            const values = Object.entries(options[key] ?? {}).filter(([value, count]) => count > 0 || selected[key]?.includes(value))
            if (values.length === 0) return null
            const rank = (value: string) => {
              const index = order.indexOf(value)
              return index === -1 ? order.length : index
            }
            const chosen = selected[key]?.length ?? 0
            return (
              <details key={key} open={chosen > 0 || undefined}>
                <summary>{label}{chosen > 0 && ` (${chosen} gekozen)`}</summary>
                <fieldset>
                <legend className="visually-hidden">{label}</legend>
                {values
                  .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b, 'nl'))
                  .map(([value, count]) => (
                    <label key={value}>
                      <input
                        type="checkbox"
                        name={key}
                        value={value}
                        checked={selected[key]?.includes(value) ?? false}
                        onChange={(event) => toggle(key, value, event.target.checked)}
                      />
                      <span>{value} <span className="count">({count})</span></span>
                    </label>
                  ))}
                </fieldset>
              </details>
            )
          })}
        </div>
        <div>
          <p className="filter-status" role="status" data-search-status aria-busy={searching}>{status}</p>
          <ol className="search-results" data-search-results data-search-ms={elapsed}>
            {shown.map((result) => (
              <li key={result.id}>
                {result.type && <p className="type">{result.type}</p>}
                <h3><a href={result.url}>{result.title}</a></h3>
                <p dangerouslySetInnerHTML={{ __html: result.excerpt }} />
              </li>
            ))}
          </ol>
          {shown.length < all.length && (
            <button type="button" className="secondary" onClick={() => void more()}>
              Meer resultaten ({all.length - shown.length})
            </button>
          )}
        </div>
      </div>
    </div>
  )
}

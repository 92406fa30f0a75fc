/** The search page's address holds its query and filters (`?q=hoop&thema=hoop`), so a search can be shared and kept. */
import { filterQueryString, parseFilterQuery, type FilterState } from './filters.ts'

/** Dutch label → value per filter key, for old links that used labels (`soort=Onderbouwing`). */
export type FilterLabels = Record<string, Record<string, string>>

export function readSearchUrl(keys: readonly string[], labels: FilterLabels): { query: string; state: FilterState } {
  const params = new URLSearchParams(location.search)
  for (const key of keys) {
    const values = params.getAll(key).map((value) => labels[key]?.[value] ?? value)
    params.delete(key)
    for (const value of values) params.append(key, value)
  }
  return { query: params.get('q') ?? '', state: parseFilterQuery(params, keys) }
}

/** Replaces the address (no new history entry per keystroke). */
export function writeSearchUrl(query: string, state: FilterState, keys: readonly string[]): void {
  const params = new URLSearchParams()
  if (query.trim()) params.set('q', query.trim())
  const search = filterQueryString(state, keys, params.toString())
  history.replaceState(history.state, '', `${location.pathname}${search}`)
}

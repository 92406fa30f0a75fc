/**
 * Filter state of the listings, kept in the URL query string
 * (`?thema=hoop&thema=openheid&duur=short`). Pure functions without imports:
 * the listing's browser script uses them too.
 *
 * Within one facet the chosen values are alternatives (OR); across facets
 * they all have to hold (AND).
 */

/** Facet key → chosen values. Keys without values are absent. */
export type FilterState = Record<string, string[]>

/** An item's values per facet key. */
export type FacetValues = Record<string, readonly string[]>

/** Reads the chosen values of the known facet keys; ignores unknown keys and duplicates. */
export function parseFilterQuery(query: string | URLSearchParams, keys: readonly string[]): FilterState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query
  const state: FilterState = {}
  for (const key of keys) {
    const values = [...new Set(params.getAll(key).filter(Boolean))]
    if (values.length > 0) state[key] = values
  }
  return state
}

/**
 * The query string for a state, keys in the given order and values sorted, so
 * the same filters always give the same URL. Empty state gives ''.
 * Other parameters already in `base` (e.g. `q`) are kept.
 */
export function filterQueryString(state: FilterState, keys: readonly string[], base = ''): string {
  const params = new URLSearchParams(base)
  for (const key of keys) params.delete(key)
  for (const key of keys) {
    for (const value of [...(state[key] ?? [])].sort()) params.append(key, value)
  }
  const query = params.toString()
  return query ? `?${query}` : ''
}

/**
 * The facet values of a listing's cards, written once on the list as
 * `key=value` pairs in the query string's words (`facetCodes`,
 * `data-facet-table="thema=hoop stigma=self …"`), and on each card as the
 * numbers of its pairs (`data-facets="0 3 4"`): a few bytes per card instead
 * of the pairs themselves, on each of thousands of cards. Only the listing's
 * filter keys are written; other facets filter nothing there.
 */
export type FacetCodes = { table: string[]; codeOf(facets: FacetValues): string }

export function facetCodes(items: readonly FacetValues[], keys: readonly string[]): FacetCodes {
  const table: string[] = []
  const numbers = new Map<string, number>()
  const pairsOf = (facets: FacetValues) => keys.flatMap((key) => (facets[key] ?? []).map((value) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`))
  for (const facets of items) {
    for (const pair of pairsOf(facets)) if (!numbers.has(pair)) numbers.set(pair, table.push(pair) - 1)
  }
  return { table, codeOf: (facets) => pairsOf(facets).map((pair) => numbers.get(pair)).join(' ') }
}

/** Reads a card's `data-facets` back with its list's `data-facet-table`. */
export function parseFacetsAttribute(text: string, table: readonly string[]): FacetValues {
  const facets: Record<string, string[]> = {}
  for (const code of text.split(' ')) {
    const pair = code === '' ? undefined : table[Number(code)]
    const at = pair?.indexOf('=') ?? -1
    if (!pair || at <= 0) continue
    const key = decodeURIComponent(pair.slice(0, at))
    ;(facets[key] ??= []).push(decodeURIComponent(pair.slice(at + 1)))
  }
  return facets
}

/** The table as written on the list, and read back. */
export const facetTableAttribute = (table: readonly string[]): string => table.join(' ')
export const parseFacetTable = (text: string): string[] => text.split(' ').filter(Boolean)

/** True when the item has at least one chosen value of every filtered facet. */
export function matchesFilters(item: FacetValues, state: FilterState): boolean {
  return Object.entries(state).every(
    ([key, chosen]) => chosen.length === 0 || chosen.some((value) => item[key]?.includes(value)),
  )
}

/** Number of chosen values over all facets. */
export function activeFilterCount(state: FilterState): number {
  return Object.values(state).reduce((sum, values) => sum + values.length, 0)
}

/** `1 werkvorm` / `3 van 8 werkvormen` style status line. */
export function resultStatus(shown: number, total: number, singular: string, plural: string): string {
  const noun = (count: number) => (count === 1 ? singular : plural)
  if (shown === total) return `${total} ${noun(total)}`
  if (shown === 0) return `Geen ${plural} gevonden met deze filters (van ${total})`
  return `${shown} van ${total} ${noun(total)} gevonden`
}

/**
 * Live facet counts: per facet key and value, how many items match when that
 * value is chosen together with the filters of the *other* facets (values of
 * one facet are alternatives, so a facet's own choices do not narrow its
 * counts). A count of 0 means choosing that option would give nothing.
 */
export function facetCounts(
  items: readonly FacetValues[],
  state: FilterState,
  keys: readonly string[],
): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {}
  for (const key of keys) {
    const others: FilterState = { ...state }
    delete others[key]
    const perValue: Record<string, number> = {}
    for (const item of items) {
      if (!matchesFilters(item, others)) continue
      for (const value of item[key] ?? []) perValue[value] = (perValue[value] ?? 0) + 1
    }
    counts[key] = perValue
  }
  return counts
}

/**
 * Rewrites filter values that moved to another facet (old links such as
 * `?stigma=self` when "Zelfstigma" is shown as a theme) into their new place.
 */
export function applyAliases(
  query: string,
  aliases: Record<string, Record<string, readonly [string, string]>>,
): string {
  const params = new URLSearchParams(query)
  let changed = false
  for (const [key, values] of Object.entries(aliases)) {
    const kept: string[] = []
    for (const value of params.getAll(key)) {
      const target = values[value]
      if (target) {
        if (!params.getAll(target[0]).includes(target[1])) params.append(target[0], target[1])
        changed = true
      } else kept.push(value)
    }
    if (changed) {
      params.delete(key)
      for (const value of kept) params.append(key, value)
    }
  }
  if (!changed) return query.startsWith('?') || query === '' ? query : `?${query}`
  const result = params.toString()
  return result ? `?${result}` : ''
}

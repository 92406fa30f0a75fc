/**
 * When a combination of filters gives nothing: the nearest combinations,
 * each the chosen filters with one facet dropped, and how many items each
 * gives. A dead end becomes "Zonder ‘Thema’: 3 resultaten". Pure, so the
 * listing and the search page share it (and the browser needs no zod).
 */
import { matchesFilters, type FilterState } from './filters.ts'

export type FacetValues = Record<string, string[]>
export type NearestOption = { drop: string; state: FilterState; count: number }

/** One option per chosen facet, with items left after dropping it; best first, none that give nothing. */
export function nearestFilters(items: readonly FacetValues[], state: FilterState): NearestOption[] {
  const chosen = Object.keys(state).filter((key) => (state[key] ?? []).length > 0)
  if (chosen.length === 0) return []
  return chosen
    .map((drop) => {
      const rest: FilterState = { ...state }
      delete rest[drop]
      return { drop, state: rest, count: items.filter((item) => matchesFilters(item, rest)).length }
    })
    .filter((option) => option.count > 0)
    .sort((a, b) => b.count - a.count || chosen.indexOf(a.drop) - chosen.indexOf(b.drop))
}

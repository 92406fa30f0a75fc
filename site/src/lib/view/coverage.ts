/**
 * The gap map (/dekking/): per stigma type and care setting, the number of
 * methods (COVERAGE_COLLECTIONS) that have both, for all audiences or one.
 * A cell is counted with the finder's own filters (its facet values and
 * `matchesFilters`) and links to the finder with exactly those filters, so
 * the number in the cell is the number the finder shows.
 */
import { AUDIENCES, COVERAGE_COLLECTIONS, SETTINGS, STIGMA_TYPES, type VocabularyEntry } from '@toolkit/schemas'
import type { Content } from '../content/index.ts'
import { selection } from '../content/reads.ts'
import { FACET_KEYS } from './facets.ts'
import { filterQueryString, matchesFilters, type FilterState } from './filters.ts'
import { allItems, type ListItem } from './items.ts'
import { stigmaThemes } from './taxonomy.ts'

export type CoverageCell = { count: number; state: FilterState; query: string }
export type CoverageRow = { label: string; cells: CoverageCell[]; total: CoverageCell }
export type CoverageMatrix = {
  /** The audience this matrix is limited to, if any. */
  audience?: VocabularyEntry
  columns: readonly VocabularyEntry[]
  rows: CoverageRow[]
  /** Per setting, the methods of any stigma type. */
  columnTotals: CoverageCell[]
  /** Every method for this audience. */
  total: CoverageCell
}

/** The finder's filter for a stigma type: the theme it is shown as (`thema=zelfstigma`), else `stigma=<type>`. */
function stigmaFilter(type: string, content: Pick<Content, 'collections'>): FilterState {
  const theme = stigmaThemes(content.collections.themes).get(type)
  return theme ? { thema: [theme] } : { stigma: [type] }
}

/**
 * A cell: `items` already match every filter of `state` but `added`, so only
 * that one is checked (the filters of one facet are alternatives, of
 * different facets all hold, so narrowing step by step counts the same as
 * the finder's one pass over `state`, in a fraction of the time at 10,000
 * documents).
 */
function cell(items: readonly ListItem[], state: FilterState, added: FilterState): CoverageCell & { items: ListItem[] } {
  const matching = items.filter((item) => matchesFilters(item.facets, added))
  return { count: matching.length, state, query: filterQueryString(state, FACET_KEYS), items: matching }
}

const plain = ({ count, state, query }: CoverageCell): CoverageCell => ({ count, state, query })

/** A selection (content/reads.ts): a page shows the counts, so it depends on them, not on every item counted. */
export const coverageMatrix = selection('lib/view/coverage.ts#coverageMatrix', (content: Content, audience?: string): CoverageMatrix => {
  const methods = allItems(content).filter((item) => (COVERAGE_COLLECTIONS as readonly string[]).includes(item.collection))
  const base: FilterState = { soort: [...COVERAGE_COLLECTIONS], ...(audience ? { doelgroep: [audience] } : {}) }
  const all = cell(methods, base, base)
  const rows = STIGMA_TYPES.map((type) => {
    const typeFilter = stigmaFilter(type.value, content)
    const byType = cell(all.items, { ...base, ...typeFilter }, typeFilter)
    return {
      label: type.label,
      cells: SETTINGS.map((setting) => plain(cell(byType.items, { ...byType.state, zorgvorm: [setting.value] }, { zorgvorm: [setting.value] }))),
      total: plain(byType),
    }
  })
  return {
    audience: AUDIENCES.find((entry) => entry.value === audience),
    columns: SETTINGS,
    rows,
    columnTotals: SETTINGS.map((setting) => plain(cell(all.items, { ...base, zorgvorm: [setting.value] }, { zorgvorm: [setting.value] }))),
    total: plain(all),
  }
})

/** Cells without a single method: what editors and the knowledge centre look for. */
export function emptyCells(matrix: CoverageMatrix): number {
  return matrix.rows.reduce((sum, row) => sum + row.cells.filter((c) => c.count === 0).length, 0)
}

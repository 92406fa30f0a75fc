/**
 * The gap map (/dekking/): per stigma type and care setting, the number of
 * methods (COVERAGE_COLLECTIONS) that have both, for all audiences or one.
 * The numbers are the schemas' `coverageCounts`, the same function the
 * admin's "Dekking" counts with; each cell links to the finder with the
 * filters that select exactly those methods (a stigma type with a theme of
 * its name as that theme, as the finder shows it), so the number in the
 * cell is the number the finder shows.
 */
import { AUDIENCES, COVERAGE_COLLECTIONS, SETTINGS, STIGMA_TYPES, coverageCounts, type VocabularyEntry } from '@toolkit/schemas'
import type { Content } from '../content/index.ts'
import { selection } from '../content/reads.ts'
import { FACET_KEYS } from './facets.ts'
import { filterQueryString, type FilterState } from './filters.ts'
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

const cell = (count: number, state: FilterState): CoverageCell => ({ count, state, query: filterQueryString(state, FACET_KEYS) })

/** A selection (content/reads.ts): a page shows the counts, so it depends on them, not on every item counted. */
export const coverageMatrix = selection('lib/view/coverage.ts#coverageMatrix', (content: Content, audience?: string): CoverageMatrix => {
  const { fragments, activities, interventions } = content.collections
  const counts = coverageCounts({ fragments, activities, interventions }, stigmaThemes(content.collections.themes), audience)
  const base: FilterState = { soort: [...COVERAGE_COLLECTIONS], ...(audience ? { doelgroep: [audience] } : {}) }
  const rows = STIGMA_TYPES.map((type, r) => {
    const byType = { ...base, ...stigmaFilter(type.value, content) }
    const row = counts.rows[r]!
    return {
      label: type.label,
      cells: SETTINGS.map((setting, s) => cell(row.cells[s]!.total, { ...byType, zorgvorm: [setting.value] })),
      total: cell(row.all.total, byType),
    }
  })
  return {
    audience: AUDIENCES.find((entry) => entry.value === audience),
    columns: SETTINGS,
    rows,
    columnTotals: SETTINGS.map((setting, s) => cell(counts.columnTotals[s]!.total, { ...base, zorgvorm: [setting.value] })),
    total: cell(counts.total.total, base),
  }
})

/** Cells without a single method: what editors and the knowledge centre look for. */
export function emptyCells(matrix: CoverageMatrix): number {
  return matrix.rows.reduce((sum, row) => sum + row.cells.filter((c) => c.count === 0).length, 0)
}

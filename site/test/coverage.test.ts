/**
 * The gap map (/dekking/): each cell counts the methods the finder shows for
 * the cell's link (the link's query read back the way the listing reads it),
 * empty combinations are counted as empty, and the audience switch narrows
 * every cell.
 */
import { describe, expect, it } from 'vitest'
import { COVERAGE_COLLECTIONS, SETTINGS, STIGMA_TYPES } from '@toolkit/schemas'
import { indexContent } from '../src/lib/content/index.ts'
import { parseSnapshot } from '../src/lib/content/load.ts'
import { coverageMatrix, emptyCells } from '../src/lib/view/coverage.ts'
import { FACET_KEYS } from '../src/lib/view/facets.ts'
import { applyAliases, matchesFilters, parseFilterQuery } from '../src/lib/view/filters.ts'
import { allItems } from '../src/lib/view/items.ts'
import { filterAliases } from '../src/lib/view/taxonomy.ts'
import { rawFixture } from './helpers.ts'

/** The fixture with a few methods placed in settings and for audiences. */
function content() {
  const raw = rawFixture()
  const [first, second, third] = raw.collections.interventions
  Object.assign(first, { stigmaTypes: ['public'], settings: ['clinical', 'ambulatory'], audiences: ['professionals'] })
  Object.assign(second, { stigmaTypes: ['public', 'structural'], settings: ['clinical'], audiences: ['clients'] })
  Object.assign(third, { stigmaTypes: ['self'], settings: ['addiction-care'], audiences: ['professionals'] })
  Object.assign(raw.collections.activities[0], { settings: ['clinical'] })
  return indexContent(parseSnapshot(raw, 'fixture'))
}

/** What the finder (/overzicht/) shows for a query: its own parsing, aliases and matching. */
function finderCount(query: string, c: ReturnType<typeof content>): number {
  const state = parseFilterQuery(applyAliases(query, filterAliases(c)), FACET_KEYS)
  return allItems(c).filter((item) => matchesFilters(item.facets, state)).length
}

describe('gap map', () => {
  it('has a row per stigma type and a column per setting, and each count is what the finder shows for the cell', () => {
    const c = content()
    const matrix = coverageMatrix(c)
    expect(matrix.rows.map((row) => row.label)).toEqual(STIGMA_TYPES.map((type) => type.label))
    expect(matrix.columns).toEqual(SETTINGS)
    const cells = [...matrix.rows.flatMap((row) => [...row.cells, row.total]), ...matrix.columnTotals, matrix.total]
    for (const cell of cells) expect(cell.count, cell.query).toBe(finderCount(cell.query, c))
    // Only methods: the finder link asks for fragments, activities and interventions.
    for (const cell of cells) expect(new URLSearchParams(cell.query).getAll('soort').sort()).toEqual([...COVERAGE_COLLECTIONS].sort())
  })

  it('counts a method in every stigma type and setting it is tagged with, and leaves the rest empty', () => {
    const matrix = coverageMatrix(content())
    const count = (type: string, setting: string) =>
      matrix.rows[STIGMA_TYPES.findIndex((t) => t.value === type)]!.cells[SETTINGS.findIndex((s) => s.value === setting)]!.count
    // Two interventions and the activity (tagged public stigma) are in clinical care.
    expect(count('public', 'clinical')).toBe(3)
    expect(count('public', 'ambulatory')).toBe(1)
    expect(count('structural', 'clinical')).toBe(1)
    expect(count('associative', 'clinical')).toBe(0)
    expect(emptyCells(matrix)).toBeGreaterThan(10)
  })

  it('narrows every cell to one audience', () => {
    const c = content()
    const all = coverageMatrix(c)
    const professionals = coverageMatrix(c, 'professionals')
    expect(professionals.audience?.value).toBe('professionals')
    const publicRow = STIGMA_TYPES.findIndex((t) => t.value === 'public')
    const clinical = SETTINGS.findIndex((s) => s.value === 'clinical')
    expect(all.rows[publicRow]!.cells[clinical]!.count).toBe(3)
    // The first intervention and the activity are for professionals; the second is for clients.
    expect(professionals.rows[publicRow]!.cells[clinical]!.count).toBe(2)
    for (const cell of professionals.rows.flatMap((row) => row.cells)) {
      expect(new URLSearchParams(cell.query).getAll('doelgroep')).toEqual(['professionals'])
      expect(cell.count).toBe(finderCount(cell.query, c))
    }
  })
})

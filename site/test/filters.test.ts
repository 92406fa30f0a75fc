import { describe, expect, it } from 'vitest'
import {
  activeFilterCount,
  facetCodes,
  facetTableAttribute,
  filterQueryString,
  matchesFilters,
  parseFacetsAttribute,
  parseFacetTable,
  parseFilterQuery,
  resultStatus,
  type FacetValues,
} from '../src/lib/view/filters.ts'

const KEYS = ['thema', 'stigma', 'duur']

describe('filter state in the URL', () => {
  it('reads repeated keys, ignores unknown keys, empty values and duplicates', () => {
    expect(parseFilterQuery('?thema=hoop&thema=openheid&thema=hoop&stigma=&q=x&foo=bar', KEYS)).toEqual({
      thema: ['hoop', 'openheid'],
    })
    expect(parseFilterQuery('', KEYS)).toEqual({})
  })

  it('writes a stable query string and keeps other parameters', () => {
    expect(filterQueryString({ duur: ['short'], thema: ['openheid', 'hoop'] }, KEYS)).toBe('?thema=hoop&thema=openheid&duur=short')
    expect(filterQueryString({ thema: ['hoop'] }, KEYS, '?q=wrap&thema=oud')).toBe('?q=wrap&thema=hoop')
    expect(filterQueryString({}, KEYS, '?thema=oud')).toBe('')
  })

  it('round-trips', () => {
    const state = { thema: ['hoop', 'zelfstigma'], duur: ['half-day'] }
    expect(parseFilterQuery(filterQueryString(state, KEYS), KEYS)).toEqual(state)
  })
})

describe('facets on a card', () => {
  const items: FacetValues[] = [
    { soort: ['activities'], thema: [], stigma: ['public', 'self'], doelgroep: ['a b&c'] },
    { stigma: ['self'], thema: ['hoop'] },
    {},
  ]
  const keys = ['thema', 'stigma', 'doelgroep']

  it('are numbers into one table of the listing’s values, in the query string’s words, and read back', () => {
    const codes = facetCodes(items, keys)
    expect(codes.table).toEqual(['stigma=public', 'stigma=self', 'doelgroep=a%20b%26c', 'thema=hoop'])
    expect(items.map(codes.codeOf)).toEqual(['0 1 2', '3 1', ''])
    const table = parseFacetTable(facetTableAttribute(codes.table))
    // Keys the listing does not filter on (soort here) are left out.
    expect(parseFacetsAttribute(codes.codeOf(items[0]!), table)).toEqual({ stigma: ['public', 'self'], doelgroep: ['a b&c'] })
    expect(parseFacetsAttribute('', table)).toEqual({})
  })

  it('match as the item itself does', () => {
    const codes = facetCodes(items, keys)
    const table = parseFacetTable(facetTableAttribute(codes.table))
    const card = parseFacetsAttribute(codes.codeOf(items[1]!), table)
    expect(matchesFilters(card, { thema: ['hoop'] })).toBe(true)
    expect(matchesFilters(card, { stigma: ['public'] })).toBe(false)
    expect(matchesFilters(parseFacetsAttribute(codes.codeOf(items[2]!), table), { thema: ['hoop'] })).toBe(false)
  })
})

describe('matching', () => {
  const item = { thema: ['hoop', 'herstel'], stigma: ['self'], duur: ['short'] }

  it('matches everything without filters', () => {
    expect(matchesFilters(item, {})).toBe(true)
  })

  it('treats values within a facet as alternatives', () => {
    expect(matchesFilters(item, { thema: ['openheid', 'herstel'] })).toBe(true)
    expect(matchesFilters(item, { thema: ['openheid'] })).toBe(false)
  })

  it('requires every filtered facet to match', () => {
    expect(matchesFilters(item, { thema: ['hoop'], stigma: ['self'] })).toBe(true)
    expect(matchesFilters(item, { thema: ['hoop'], stigma: ['public'] })).toBe(false)
  })

  it('does not match items without a value for a filtered facet', () => {
    expect(matchesFilters({ thema: ['hoop'] }, { duur: ['short'] })).toBe(false)
  })

  it('counts chosen values', () => {
    expect(activeFilterCount({ thema: ['a', 'b'], duur: ['short'] })).toBe(3)
  })
})

describe('result status', () => {
  it('announces totals, partial results and no results in Dutch', () => {
    expect(resultStatus(8, 8, 'interventie', 'interventies')).toBe('8 interventies')
    expect(resultStatus(1, 1, 'werkvorm', 'werkvormen')).toBe('1 werkvorm')
    expect(resultStatus(3, 8, 'interventie', 'interventies')).toBe('3 van 8 interventies gevonden')
    expect(resultStatus(0, 8, 'interventie', 'interventies')).toBe('Geen interventies gevonden met deze filters (van 8)')
  })
})

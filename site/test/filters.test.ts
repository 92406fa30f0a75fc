import { describe, expect, it } from 'vitest'
import {
  activeFilterCount,
  filterQueryString,
  matchesFilters,
  parseFilterQuery,
  resultStatus,
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

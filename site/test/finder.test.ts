import { describe, expect, it } from 'vitest'
import { DURATION_BANDS } from '@toolkit/schemas'
import { bandsWithin, FINDER_TIME_LABELS, finderAnswers, finderQuery } from '../src/lib/view/finder.ts'

const ORDER = DURATION_BANDS.map((band) => band.value)
import { applyAliases, facetCounts, type FacetValues } from '../src/lib/view/filters.ts'

describe('the finder: "Ik heb [tijd] met [groep] over [thema]"', () => {
  it('reads time as "at most": with two hours, shorter parts fit too', () => {
    expect(bandsWithin('short', ORDER)).toEqual(['short'])
    expect(bandsWithin('session', ORDER)).toEqual(['short', 'session'])
    expect(bandsWithin('onbekend', ORDER)).toEqual([])
  })

  it('turns the answers into the listing filters, and back', () => {
    const query = finderQuery({ tijd: 'session', groep: 'teams', thema: 'zelfstigma' }, ORDER)
    expect(query).toBe('?thema=zelfstigma&doelgroep=teams&duur=session&duur=short')
    expect(finderAnswers(query, ORDER)).toEqual({ tijd: 'session', groep: 'teams', thema: 'zelfstigma' })
    expect(finderQuery({}, ORDER)).toBe('')
  })

  it('offers no "meer tijd": more than a dagdeel is "zoveel tijd als nodig", which keeps items without a duration', () => {
    expect(Object.keys(FINDER_TIME_LABELS)).toEqual(ORDER.filter((band) => band !== 'long'))
    const offered = Object.keys(FINDER_TIME_LABELS)
    // A listing's own box for the longest band is not a time the sentence can say.
    expect(finderAnswers('?duur=long&duur=short', offered)).toEqual({ tijd: undefined, groep: undefined, thema: undefined })
    expect(finderAnswers('?duur=short', offered).tijd).toBe('short')
  })
})

describe('live facet counts', () => {
  const items: FacetValues[] = [
    { soort: ['fragments'], stigma: ['public'], duur: ['short'] },
    { soort: ['activities'], stigma: ['public', 'structural'], duur: ['short'] },
    { soort: ['interventions'], stigma: ['structural'], duur: ['long'] },
    { soort: ['evidence'], stigma: ['structural'] },
  ]

  it('count each option with the other facets’ filters applied', () => {
    const counts = facetCounts(items, { duur: ['short'] }, ['soort', 'stigma', 'duur'])
    expect(counts.stigma).toEqual({ public: 2, structural: 1 })
    expect(counts.soort).toEqual({ fragments: 1, activities: 1 })
    // A facet's own choice does not narrow its counts: its options are alternatives.
    expect(counts.duur).toEqual({ short: 2, long: 1 })
  })

  it('give 0 for an option that would leave nothing', () => {
    const counts = facetCounts(items, { soort: ['fragments'] }, ['stigma'])
    expect(counts.stigma?.structural ?? 0).toBe(0)
  })

  it('rewrite old links whose value moved to another facet', () => {
    const aliases = { stigma: { self: ['thema', 'zelfstigma'] as const } }
    expect(applyAliases('?stigma=self&stigma=public', aliases)).toBe('?thema=zelfstigma&stigma=public')
    expect(applyAliases('?duur=short', aliases)).toBe('?duur=short')
  })
})

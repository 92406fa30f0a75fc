/** Question-like searches read as words, a content type and a duration (src/lib/view/query-intent.ts), and the nearest filter combinations (nearest.ts). */
import { describe, expect, it } from 'vitest'
import { nearestFilters } from '../src/lib/view/nearest.ts'
import { bandsFor, readFirst, readQuery } from '../src/lib/view/query-intent.ts'

describe('reading a question-like query', () => {
  it('drops the words of the question and keeps the subject', () => {
    const reading = readQuery('hoe praat ik over stigma met mijn team')
    expect(reading).toEqual({ terms: 'stigma team', filters: {}, changed: true })
    expect(readFirst('hoe praat ik over stigma met mijn team', reading)).toBe(true)
  })

  it('maps intent words to a content type and a time to the duration bands that fit', () => {
    expect(readQuery('werkvorm 30 minuten')).toEqual({ terms: '', filters: { duur: ['short'], soort: ['activities'] }, changed: true })
    expect(readQuery('film over hoop van een half uur')).toEqual({ terms: 'hoop', filters: { duur: ['short'], soort: ['fragments'] }, changed: true })
    expect(readQuery('werkvorm 90min').filters.duur).toEqual(['short', 'session'])
    expect(readQuery('methode zelfstigma 2 uur').filters).toEqual({ duur: ['short', 'session'], soort: ['interventions'] })
    expect(bandsFor(15)).toEqual(['short'])
    expect(bandsFor(240)).toEqual(['short', 'session', 'half-day'])
  })

  it('leaves names and plain words alone', () => {
    expect(readQuery('zelfstigma').changed).toBe(false)
    expect(readQuery('BtL').changed).toBe(false)
    const name = readQuery('Wat doe jij?')
    expect(readFirst('Wat doe jij?', name)).toBe(false)
  })
})

describe('the nearest filter combinations when none match', () => {
  const items = [
    { thema: ['hoop'], duur: ['session'], soort: ['fragments'] },
    { thema: ['hoop'], duur: ['short'], soort: ['activities'] },
    { thema: ['zelfstigma'], duur: ['short'], soort: ['activities'] },
    { thema: ['zelfstigma'], duur: ['short'], soort: ['interventions'] },
  ]
  it('drops one chosen facet at a time, with the count each gives, best first', () => {
    const options = nearestFilters(items, { thema: ['hoop'], duur: ['short'], soort: ['interventions'] })
    expect(options.map((option) => [option.drop, option.count])).toEqual([['thema', 1], ['soort', 1]])
    expect(options[0]!.state).toEqual({ duur: ['short'], soort: ['interventions'] })
  })
  it('offers nothing that would still give nothing', () => {
    expect(nearestFilters(items, { thema: ['bestaat-niet'], soort: ['cases'] })).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { buildSynonyms, expandQuery, mergeResults, normaliseTerm } from '../src/lib/view/synonyms.ts'

const methods = [
  { name: 'Honest, Open, Proud', abbreviation: 'HOP', alsoKnownAs: ['Coming Out Proud'] },
  { name: 'Wellness Recovery Action Plan', abbreviation: 'WRAP' },
  { name: 'Beyond the Label' },
]

describe('synonyms of method names', () => {
  const synonyms = buildSynonyms(methods)

  it('links abbreviation, full name and other names both ways', () => {
    expect(synonyms.hop).toEqual(['Honest, Open, Proud', 'Coming Out Proud'])
    expect(synonyms['honest open proud']).toEqual(['HOP', 'Coming Out Proud'])
    expect(synonyms['coming out proud']).toEqual(['Honest, Open, Proud', 'HOP'])
    expect(synonyms.wrap).toEqual(['Wellness Recovery Action Plan'])
    expect(synonyms['beyond the label']).toBeUndefined()
  })

  it('normalises case and punctuation', () => {
    expect(normaliseTerm('  Honest, Open & Proud! ')).toBe('honest open proud')
    expect(normaliseTerm('Cliënten')).toBe('cliënten')
  })

  it('expands a query that names a method, also inside a longer query', () => {
    expect(expandQuery('HOP', synonyms)).toEqual(['HOP', 'honest open proud', 'coming out proud'])
    expect(expandQuery('Honest Open Proud', synonyms)).toContain('hop')
    expect(expandQuery('wrap training', synonyms)).toEqual(['wrap training', 'wellness recovery action plan training'])
  })

  it('does not expand parts of words or unknown terms', () => {
    expect(expandQuery('hopen', synonyms)).toEqual(['hopen'])
    expect(expandQuery('zelfstigma', synonyms)).toEqual(['zelfstigma'])
  })
})

describe('merging results', () => {
  it('keeps each page once with its best score, best first', () => {
    const merged = mergeResults([
      [{ id: 'a', score: 1 }, { id: 'b', score: 5 }],
      [{ id: 'a', score: 3 }, { id: 'c', score: 2 }],
    ])
    expect(merged).toEqual([{ id: 'b', score: 5 }, { id: 'a', score: 3 }, { id: 'c', score: 2 }])
  })
})

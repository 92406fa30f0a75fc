import { describe, expect, it } from 'vitest'
import { filterAliases, stigmaThemes, stigmaTypesOf, themesOf } from '../src/lib/view/taxonomy.ts'
import { concepts, mentions, normaliseTerm, searchTermsFor, textOf } from '../src/lib/view/search-terms.ts'

const content = {
  collections: {
    themes: [
      { slug: 'herstel', name: 'Herstel', synonyms: ['recovery'] },
      { slug: 'zelfstigma', name: 'Zelfstigma', synonyms: ['self-stigma'] },
      { slug: 'openheid', name: 'Openheid', synonyms: [] },
    ],
    interventions: [
      { slug: 'honest-open-proud', name: 'Honest, Open & Proud', abbreviation: 'HOP', alsoKnownAs: ['Coming out Proud'], synonyms: [] },
      { slug: 'mental-health-first-aid', name: 'Mental Health First Aid', abbreviation: 'MHFA', alsoKnownAs: [], synonyms: ['eerste hulp'] },
      { slug: 'act', name: 'Acceptance and Commitment Therapy', abbreviation: 'ACT', alsoKnownAs: [], synonyms: [] },
    ],
  },
} as any

describe('one meaning of a word: a stigma type named like a theme is that theme', () => {
  it('finds the pair by name, not by a list in code', () => {
    expect([...stigmaThemes(content.collections.themes)]).toEqual([['self', 'zelfstigma']])
  })

  it('tags with the theme what has the stigma type, and leaves the type out', () => {
    const doc = { themes: ['herstel'], stigmaTypes: ['self', 'public'] }
    expect(themesOf(doc, content)).toEqual(['herstel', 'zelfstigma'])
    expect(stigmaTypesOf(doc, content)).toEqual(['public'])
    expect(filterAliases(content)).toEqual({ stigma: { self: ['thema', 'zelfstigma'] } })
  })
})

describe('search words written into the index', () => {
  it('collects every name of a subject from the CMS data', () => {
    const names = Object.fromEntries(concepts(content).map((concept) => [concept.id, concept.names]))
    expect(names['themes/zelfstigma']).toEqual(['Zelfstigma', 'self-stigma'])
    expect(names['interventions/honest-open-proud']).toEqual(['Honest, Open & Proud', 'HOP', 'Coming out Proud'])
    expect(names['stigma/public']).toEqual(['Publiek stigma'])
    expect(names['stigma/self']).toBeUndefined()
  })

  it('gives a page its own names and its themes’ synonyms (strong) and the names of what it mentions (light)', () => {
    const doc = { slug: 'mental-health-first-aid', name: 'Mental Health First Aid', aim: 'Werkt aan herstel; vergelijk HOP.' }
    const terms = searchTermsFor({ collection: 'interventions', slug: 'mental-health-first-aid', facets: { thema: ['openheid'] } }, doc as any, content)
    expect(terms.strong).toEqual(['Mental Health First Aid', 'MHFA', 'eerste hulp', 'Openheid'])
    expect(terms.related).toEqual(expect.arrayContaining(['Herstel', 'recovery', 'Honest, Open & Proud', 'Coming out Proud']))
    expect(terms.related).not.toContain('Acceptance and Commitment Therapy')
  })

  it('matches abbreviations only in capitals and names only as whole words', () => {
    const text = 'We act now; herstelgericht werken'
    expect(mentions(text, normaliseTerm(text), 'ACT')).toBe(false)
    expect(mentions('Met ACT gericht op zelfstigma', normaliseTerm('Met ACT gericht op zelfstigma'), 'ACT')).toBe(true)
    expect(mentions(text, normaliseTerm(text), 'Herstel')).toBe(false)
  })

  it('reads every string of a document', () => {
    expect(textOf({ a: 'een', b: ['twee', { c: 'drie' }], n: 4 })).toBe('een \n twee \n drie')
  })
})

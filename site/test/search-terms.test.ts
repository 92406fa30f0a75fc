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

describe('the names a page mentions, found from its own words', () => {
  // Every name tested on every page, as the site did before it looked names up by the page's words: the reference.
  function mentionedByTestingEveryName(doc: { slug: string }, all: ReturnType<typeof concepts>, ownId: string): string[] {
    const text = textOf(doc)
    const related = all.filter((concept) => concept.id !== ownId && concept.names.some((name) => mentions(text, normaliseTerm(text), name)))
    return related.flatMap((concept) => concept.names)
  }

  const many = {
    collections: {
      themes: [
        { slug: 'herstel', name: 'Herstel', synonyms: ['recovery', 'herstel-ondersteuning'] },
        { slug: 'werk', name: 'Werk', synonyms: ['re-integratie', 'baan'] },
      ],
      interventions: [
        ...content.collections.interventions,
        { slug: 'wrap', name: 'Wellness Recovery Action Plan', abbreviation: 'W.R.A.P', alsoKnownAs: ['WRAP'], synonyms: ['herstelplan'] },
        { slug: 'ips', name: 'Individuele plaatsing en steun', abbreviation: 'IPS', alsoKnownAs: [], synonyms: ['baan', 'werk'] },
        { slug: 'kort', name: 'Ok', abbreviation: 'OK', alsoKnownAs: ['Go'], synonyms: [] },
        { slug: 'act2', name: 'ACT 2', abbreviation: 'ACT2', alsoKnownAs: [], synonyms: [] },
      ],
    },
  } as any

  it.each([
    'Met ACT2 en 2ACT, maar niet XACT of act; W.R.A.P en WRAP-plan, re-integratie naar een baan.',
    'Herstel-ondersteuning: recovery na HOP (Honest, Open & Proud). Ok? OK! Go.',
    'Eerste hulp bij MHFA, mental health first aid; IPS: individuele plaatsing en steun bij werk.',
    'Niets van dit alles, alleen gewone woorden over stigma en openheid.',
    'ACT 2 ACTACT HOPHOP 12ACT. .HOP. «Coming out Proud»',
  ])('the same names as testing every name: %s', (aim) => {
    const all = concepts(many)
    for (const own of ['interventions/ips', 'interventions/wrap', 'themes/werk']) {
      const [collection, slug] = own.split('/') as ['interventions' | 'themes', string]
      const doc = { slug, aim }
      const terms = searchTermsFor({ collection, slug, facets: {} }, doc as any, many)
      const want = mentionedByTestingEveryName(doc, all, own)
      const strongKeys = new Set(terms.strong.map(normaliseTerm))
      const seen = new Set<string>()
      const unique = want.filter((name) => !seen.has(normaliseTerm(name)) && Boolean(seen.add(normaliseTerm(name))))
      expect(terms.related).toEqual(unique.filter((name) => !strongKeys.has(normaliseTerm(name))))
    }
  })
})

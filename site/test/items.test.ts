import { describe, expect, it } from 'vitest'
import { FACET_KEYS, facetGroups } from '../src/lib/view/facets.ts'
import { allItems, listItems, titleOf } from '../src/lib/view/items.ts'
import { relatedItems } from '../src/lib/view/related.ts'
import { allQuestions, questionsByKind } from '../src/lib/view/questions.ts'
import { fixtureContent } from './helpers.ts'

const content = fixtureContent()

describe('list items', () => {
  it('shows interventions with their abbreviation', () => {
    expect(titleOf('interventions', content.find('interventions', 'honest-open-proud')!)).toBe('Honest, Open, Proud (HOP)')
  })

  it('orders fragments by number and the rest by title', () => {
    expect(listItems(content, 'fragments').map((item) => item.slug)).toEqual(['testfragment-synthetisch', 'hoop'])
    const titles = listItems(content, 'interventions').map((item) => item.title)
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'nl')))
  })

  it('carries facet values and card facts', () => {
    const hoop = listItems(content, 'fragments').find((item) => item.slug === 'hoop')!
    expect(hoop.path).toBe('/filmfragmenten/hoop/')
    expect(hoop.facts).toEqual(['Fragment 7 van Bij nader inzien', '5 min 15 s'])
    expect(hoop.facets).toMatchObject({ soort: ['fragments'], thema: ['hoop', 'herstel'], duur: ['short'] })
    const elearning = allItems(content).find((item) => item.slug === 'e-learning-destigmatiserend-werken')!
    expect(elearning.facets).toMatchObject({ vorm: ['e-learning'], niveau: ['not-assessed'], duur: ['session'] })
  })

  it('shows "Zelfstigma" once: the stigma type of that name counts as the theme', () => {
    const hop = allItems(content).find((item) => item.slug === 'honest-open-proud')!
    expect(hop.facets).toMatchObject({ soort: ['interventions'], thema: ['openheid', 'zelfstigma'], stigma: [], doelgroep: ['clients'] })
  })
})

describe('facet groups', () => {
  it('offers only options that occur, with counts, in vocabulary order (zelfstigma is a theme)', () => {
    const items = listItems(content, 'interventions')
    const groups = facetGroups(items, FACET_KEYS, content)
    const stigma = groups.find((group) => group.key === 'stigma')!
    expect(stigma.label).toBe('Soort stigma')
    expect(stigma.options).toEqual([
      { value: 'public', label: 'Publiek stigma', count: 2 },
      { value: 'structural', label: 'Structureel stigma', count: 1 },
      { value: 'label-avoidance', label: 'Labelvermijding', count: 1 },
    ])
  })

  it('leaves out facets that would not narrow the list', () => {
    const groups = facetGroups(listItems(content, 'interventions'), FACET_KEYS, content)
    expect(groups.map((group) => group.key)).not.toContain('soort')
    expect(groups.map((group) => group.key)).not.toContain('niveau')
  })
})

describe('related items', () => {
  it('lists explicit relations in both directions before shared themes', () => {
    const { linked, similar } = relatedItems(content, 'interventions', 'honest-open-proud')
    expect(linked.map((item) => item.slug).sort()).toEqual(['coral', 'tabel-5-6'])
    expect(similar.map((item) => item.slug)).not.toContain('honest-open-proud')
    expect(similar.map((item) => item.slug)).not.toContain('coral')
    // Both share two themes with HOP (openheid, and zelfstigma: the fragment through its stigma type).
    expect(similar.slice(0, 2).map((item) => item.slug)).toEqual(['testfragment-synthetisch', 'wat-kun-jij-doen-tegen-zelfstigma'])
  })

  it('finds documents that point here', () => {
    const { linked } = relatedItems(content, 'evidence', 'tabel-5-6')
    expect(linked.map((item) => item.slug)).toEqual(expect.arrayContaining(['wrap', 'honest-open-proud', 'beyond-the-label']))
  })
})

describe('fragment questions', () => {
  it('gives each question an anchor on the fragment page, kind by kind', () => {
    const fragment = content.find('fragments', 'testfragment-synthetisch')!
    expect(questionsByKind(fragment).map((group) => [group.label, group.questions.length])).toEqual([
      ['Algemene vragen', 2],
      ['Vragen over de scène en de praktijk', 1],
      ['Thematische vragen', 1],
      ['Vragen over stigmatisering in de scène', 1],
    ])
    expect(allQuestions(fragment)[1]).toMatchObject({
      id: 'algemeen-2',
      number: 2,
      path: '/filmfragmenten/testfragment-synthetisch/#algemeen-2',
    })
  })

  it('has none for a fragment whose questions are not in the sources', () => {
    expect(allQuestions(content.find('fragments', 'hoop')!)).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import {
  COMPLETENESS_RULES,
  CONTENT_COLLECTIONS,
  completenessLabel,
  completenessOf,
  snapshotSchema,
  withoutEditorNotes,
} from '../src/index.ts'

const source = { document: 'monitor-2019' }

describe('completeness per collection', () => {
  it('has rules for every content collection', () => {
    for (const collection of CONTENT_COLLECTIONS) expect(COMPLETENESS_RULES[collection].length).toBeGreaterThan(0)
  })

  it('fragment: each empty kind of question, the assignment, description and video are missing', () => {
    const bare = { slug: 'hoop', number: 7, title: 'Hoop', durationSeconds: 315, source, questions: { general: [], practice: [], thematic: [], stigma: [] } }
    expect(completenessOf('fragments', bare)).toEqual({
      complete: false,
      missing: [
        'Korte beschrijving',
        'Videolink',
        'Algemene vragen',
        'Vragen over de scène en de praktijk',
        'Thematische vragen',
        'Vragen over stigmatisering in de scène',
        'Opdracht',
      ],
    })
    const full = {
      ...bare,
      description: 'Een scène.',
      videoUrl: 'https://vimeo.com/1',
      questions: { general: ['a?'], practice: ['b?'], thematic: ['c?'], stigma: ['d?'] },
      assignment: 'Doe iets.',
    }
    expect(completenessOf('fragments', full)).toEqual({ complete: true, missing: [] })
    // A draft from the CMS: the whole group absent, empty fields null.
    expect(completenessOf('fragments', { ...full, questions: null, assignment: null }).missing).toEqual([
      'Algemene vragen',
      'Vragen over de scène en de praktijk',
      'Thematische vragen',
      'Vragen over stigmatisering in de scène',
      'Opdracht',
    ])
  })

  it('intervention: format, provider and evidence level; "onbekend" counts as missing, "niet beoordeeld" does not', () => {
    const complete = {
      slug: 'hop',
      name: 'Honest, Open, Proud',
      aim: 'Een doel.',
      formats: ['training'],
      provider: 'Een aanbieder',
      evidenceLevel: 'well-described',
      duration: '3 bijeenkomsten',
      links: [{ label: 'Site', url: 'https://example.org' }],
      source,
    }
    expect(completenessOf('interventions', complete).complete).toBe(true)
    expect(completenessOf('interventions', { ...complete, evidenceLevel: 'unknown' }).missing).toEqual(['Erkenningsniveau'])
    expect(completenessOf('interventions', { ...complete, evidenceLevel: 'not-assessed' }).complete).toBe(true)
    expect(completenessOf('interventions', { ...complete, formats: [], provider: '  ', evidenceLevel: undefined }).missing).toEqual([
      'Vorm',
      'Aanbieder',
      'Erkenningsniveau',
    ])
    expect(completenessOf('interventions', { ...complete, duration: undefined, durationMinutes: 120 }).complete).toBe(true)
    expect(completenessOf('interventions', { ...complete, duration: undefined, links: [] }).missing).toEqual(['Duur', 'Link naar de methode'])
  })

  it('case: the situation parts and the four responses', () => {
    const jenny = { slug: 'jenny', title: 'Casus Jenny', person: 'Jenny', summary: 'Inleiding.', situation: {}, responses: [], source }
    expect(completenessOf('cases', jenny).missing).toEqual([
      'Situatie: om wie het gaat',
      'Situatie: wat de persoon wil',
      'Situatie: wat er is gebeurd',
      'Situatie: welke problematiek speelt',
      'Reacties van hulpverleners (0 van 4)',
    ])
    const response = { response: 'Zeg iets.', ladderStep: 1, likelyReaction: 'Reageert.' }
    const situation = { who: 'a', wants: 'b', happened: 'c', problems: 'd' }
    expect(completenessOf('cases', { ...jenny, situation, responses: [response] }).missing).toEqual(['Reacties van hulpverleners (1 van 4)'])
    expect(completenessOf('cases', { ...jenny, situation, responses: [response, response, response, response] }).complete).toBe(true)
  })

  it('activity: goals and steps (and learning domains, duration, key messages)', () => {
    const activity = {
      slug: 'empowerment',
      title: 'De rol van empowerment',
      summary: 'Samenvatting.',
      learningDomains: ['knowledge'],
      goals: ['Een doel'],
      durationMinutes: { min: 20, max: 25 },
      steps: [{ instruction: 'Doe dit.' }],
      keyMessages: ['Kern'],
      source,
    }
    expect(completenessOf('activities', activity).complete).toBe(true)
    expect(completenessOf('activities', { ...activity, goals: [], steps: [], durationMinutes: null }).missing).toEqual([
      'Leerdoelen',
      'Duur',
      'Stappen',
    ])
  })

  it('evidence: a key finding without a citation, a table without rows', () => {
    const finding = { kind: 'key-finding', slug: 'f', title: 'F', summary: 'S', statement: 'Iets.', source }
    expect(completenessOf('evidence', finding).missing).toEqual(['Bronvermelding'])
    expect(completenessOf('evidence', { ...finding, citation: { authors: 'Schulze', year: 2007 } }).complete).toBe(true)
    const table = { kind: 'survey-table', slug: 't', title: 'T', summary: 'S', rows: [], source }
    expect(completenessOf('evidence', table).missing).toEqual(['Rijen'])
  })

  it('production, guidance and theme', () => {
    expect(completenessOf('productions', { slug: 'p', title: 'P', summary: 'S', sessionGuide: [], tips: [] }).missing).toEqual([
      'Leidraad per fase',
      'Tips voor de gespreksleider',
      'Website',
    ])
    expect(completenessOf('guidance', { slug: 'g', title: 'G', items: ['x'] }).missing).toEqual(['Inleiding'])
    expect(completenessOf('themes', { slug: 'hoop', name: 'Hoop', description: 'Over hoop.' }).complete).toBe(true)
  })

  it('labels the count for list columns', () => {
    expect(completenessLabel({ complete: true, missing: [] })).toBe('Compleet')
    expect(completenessLabel({ complete: false, missing: ['Vorm'] })).toBe('1 ontbreekt')
    expect(completenessLabel({ complete: false, missing: ['Vorm', 'Aanbieder', 'Duur'] })).toBe('3 ontbreken')
  })
})

describe('editor notes are not published', () => {
  it('a snapshot drops them from every document, even when the input holds them', () => {
    const updatedAt = '2026-01-01T00:00:00.000Z'
    const snapshot = snapshotSchema.parse({
      generatedAt: updatedAt,
      contentVersion: 'x',
      collections: {
        themes: [],
        productions: [],
        fragments: [
          { slug: 'hoop', production: 'bni', number: 7, title: 'Hoop', durationSeconds: 315, source: { document: 'bij-nader-inzien-slides' }, editorNotes: ['Geheim voor de redactie'], updatedAt },
        ],
        activities: [],
        interventions: [],
        evidence: [
          { kind: 'key-finding', slug: 'f', title: 'F', statement: 'Iets.', source, editorNotes: ['Ook geheim'], updatedAt },
        ],
        cases: [],
        guidance: [],
      },
    })
    expect(snapshot.collections.fragments[0]).not.toHaveProperty('editorNotes')
    expect(snapshot.collections.evidence[0]).not.toHaveProperty('editorNotes')
    expect(JSON.stringify(snapshot)).not.toContain('geheim')
    expect(withoutEditorNotes({ a: 1, editorNotes: ['x'] })).toEqual({ a: 1 })
  })
})

import { describe, expect, it } from 'vitest'
import {
  COMPLETENESS_RULES,
  CONTENT_COLLECTIONS,
  completenessLabel,
  completenessOf,
  FIELDS,
  fieldMeta,
  silenceableFields,
  snapshotSchema,
  withoutEditorNotes,
} from '../src/index.ts'

const source = { document: 'monitor-2019' }

const labels = (collection: Parameters<typeof completenessOf>[0], doc: Record<string, unknown>) => completenessOf(collection, doc).missing.map((item) => item.label)

describe('completeness per collection', () => {
  it('has rules for every content collection', () => {
    for (const collection of CONTENT_COLLECTIONS) expect(COMPLETENESS_RULES[collection].length).toBeGreaterThan(0)
  })

  it('names each missing field by its one label (fields.ts) and its path, for a link to the field', () => {
    for (const collection of CONTENT_COLLECTIONS) {
      for (const rule of COMPLETENESS_RULES[collection]) expect(fieldMeta(collection, rule.path), `${collection}.${rule.path}`).toBeDefined()
    }
    const missing = completenessOf('interventions', { slug: 'x', name: 'X', aim: 'Doel.', source }).missing
    expect(missing).toContainEqual({ path: 'durationMinutes', label: FIELDS.interventions.durationMinutes.label })
    expect(missing).toContainEqual({ path: 'evidenceLevel', label: 'Erkenningsniveau' })
    expect(missing).toContainEqual({ path: 'links', label: 'Waar te vinden' })
  })

  it('fragment: each empty kind of question, the assignment, description and video are missing', () => {
    const bare = { slug: 'hoop', number: 7, title: 'Hoop', durationSeconds: 315, source, questions: { general: [], practice: [], thematic: [], stigma: [] } }
    expect(completenessOf('fragments', bare).missing.map((item) => item.path)).toEqual([
      'description',
      'videoUrl',
      'questions.general',
      'questions.practice',
      'questions.thematic',
      'questions.stigma',
      'assignment',
    ])
    expect(labels('fragments', bare)).toEqual([
      'Korte beschrijving',
      'Videolink (Vimeo)',
      'Vragen › Algemene vragen',
      'Vragen › Vragen over de scène en de praktijk',
      'Vragen › Thematische vragen',
      'Vragen › Vragen over stigmatisering in de scène',
      'Opdracht',
    ])
    const full = {
      ...bare,
      description: 'Een scène.',
      videoUrl: 'https://vimeo.com/1',
      questions: { general: ['a?'], practice: ['b?'], thematic: ['c?'], stigma: ['d?'] },
      assignment: 'Doe iets.',
    }
    expect(completenessOf('fragments', full)).toEqual({ complete: true, missing: [] })
    // A draft from the CMS: the whole group absent, empty fields null.
    expect(completenessOf('fragments', { ...full, questions: null, assignment: null }).missing.map((item) => item.path)).toEqual([
      'questions.general',
      'questions.practice',
      'questions.thematic',
      'questions.stigma',
      'assignment',
    ])
  })

  it('intervention: an empty evidence level is missing; "niet beoordeeld" is a value; "bronnen zeggen niets" completes it', () => {
    const complete = {
      slug: 'hop',
      name: 'Honest, Open, Proud',
      aim: 'Een doel.',
      formats: ['training'],
      provider: 'Een aanbieder',
      evidenceLevel: 'well-described',
      durationMinutes: 360,
      links: [{ label: 'Site', url: 'https://example.org' }],
      source,
    }
    expect(completenessOf('interventions', complete).complete).toBe(true)
    expect(completenessOf('interventions', { ...complete, evidenceLevel: 'not-assessed' }).complete).toBe(true)
    expect(labels('interventions', { ...complete, formats: [], provider: '  ', evidenceLevel: undefined })).toEqual([
      'Vorm',
      'Aanbieder',
      'Erkenningsniveau',
    ])
    // Looked up, and the sources say nothing: complete, and nothing to show.
    expect(completenessOf('interventions', { ...complete, evidenceLevel: null, sourcesSilent: ['evidenceLevel'] }).complete).toBe(true)
    expect(labels('interventions', { ...complete, durationMinutes: undefined, duration: '3 bijeenkomsten', links: [] })).toEqual([
      'Duur in minuten (voor het filter)',
      'Waar te vinden',
    ])
  })

  it('lets editors mark only fields the schema lets stay empty as "bronnen zeggen niets"', () => {
    const paths = (collection: Parameters<typeof silenceableFields>[0]) => silenceableFields(collection).map((field) => field.path)
    expect(paths('interventions')).toEqual(['formats', 'provider', 'evidenceLevel', 'durationMinutes', 'links'])
    expect(paths('activities')).toEqual(['keyMessages'])
    expect(paths('evidence')).toEqual(['summary', 'citation'])
    expect(silenceableFields('interventions')).toContainEqual({ path: 'evidenceLevel', label: 'Erkenningsniveau' })
  })

  it('case: the situation parts and the four responses', () => {
    const jenny = { slug: 'jenny', title: 'Casus Jenny', person: 'Jenny', summary: 'Inleiding.', situation: {}, responses: [], source }
    expect(labels('cases', jenny)).toEqual([
      'Situatie › Om wie gaat het?',
      'Situatie › Wat wil diegene?',
      'Situatie › Wat is er gebeurd?',
      'Situatie › Welke problematiek speelt er?',
      'Reacties van hulpverleners (0 van 4)',
    ])
    const response = { response: 'Zeg iets.', ladderStep: 1, likelyReaction: 'Reageert.' }
    const situation = { who: 'a', wants: 'b', happened: 'c', problems: 'd' }
    expect(labels('cases', { ...jenny, situation, responses: [response] })).toEqual(['Reacties van hulpverleners (1 van 4)'])
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
    expect(labels('activities', { ...activity, goals: [], steps: [], durationMinutes: null })).toEqual(['Leerdoelen', 'Tijdsduur', 'Stappen'])
  })

  it('evidence: a key finding without a citation, a table without rows', () => {
    const finding = { kind: 'key-finding', slug: 'f', title: 'F', summary: 'S', statement: 'Iets.', source }
    expect(labels('evidence', finding)).toEqual(['Bronvermelding'])
    expect(completenessOf('evidence', { ...finding, citation: { authors: 'Schulze', year: 2007 } }).complete).toBe(true)
    const table = { kind: 'survey-table', slug: 't', title: 'T', summary: 'S', rows: [], source }
    expect(labels('evidence', table)).toEqual(['Rijen'])
  })

  it('production, guidance and theme', () => {
    expect(labels('productions', { slug: 'p', title: 'P', summary: 'S', sessionGuide: [], tips: [], source })).toEqual([
      'Leidraad per fase',
      'Tips voor de gespreksleider',
      'Website',
    ])
    expect(labels('guidance', { slug: 'g', title: 'G', items: ['x'], source })).toEqual(['Inleiding'])
    expect(completenessOf('themes', { slug: 'hoop', name: 'Hoop', description: 'Over hoop.' }).complete).toBe(true)
  })

  it('counts a list by its rows that hold something: an added but empty row is no row', () => {
    const intervention = { slug: 'x', name: 'X', aim: 'Doel.', formats: ['training'], provider: 'P', evidenceLevel: 'not-assessed', durationMinutes: 60, source }
    const link = { label: 'Website', url: 'https://www.voorbeeld.nl/' }
    expect(completenessOf('interventions', { ...intervention, links: [link] }).complete).toBe(true)
    // The admin's empty row: the CMS leaves its nulls out of the schema shape, or keeps them as null or ''.
    for (const empty of [{}, { label: null, url: null }, { label: ' ', url: '' }]) {
      expect(completenessOf('interventions', { ...intervention, links: [empty] }).missing.map((item) => item.path)).toEqual(['links'])
    }
    // A row with something in it counts; the schema says on publish what else it needs.
    expect(completenessOf('interventions', { ...intervention, links: [{ label: 'Website' }] }).complete).toBe(true)
    // A text list ("Leerdoelen") and a row with only its "Letterlijk" mark: empty too.
    const activity = { slug: 'a', title: 'A', summary: 'S', learningDomains: ['knowledge'], goals: ['', null], durationMinutes: { min: 20, max: 25 }, steps: [{ instruction: '', verbatim: false }], keyMessages: ['Kern'], source }
    expect(labels('activities', activity)).toEqual(['Leerdoelen', 'Stappen'])
    // A case's four responses count only the ones written.
    const situation = { who: 'a', wants: 'b', happened: 'c', problems: 'd' }
    const response = { response: 'Zeg iets.', ladderStep: 1, likelyReaction: 'Reageert.' }
    const jenny = { slug: 'jenny', title: 'Casus Jenny', person: 'Jenny', summary: 'Inleiding.', situation, source }
    expect(labels('cases', { ...jenny, responses: [response, response, response, {}] })).toEqual(['Reacties van hulpverleners (3 van 4)'])
  })

  it('counts a missing source document as missing, in every collection whose documents cite one', () => {
    const withSource = CONTENT_COLLECTIONS.filter((collection) => collection !== 'themes')
    for (const collection of withSource) {
      expect(COMPLETENESS_RULES[collection].map((rule) => rule.path), collection).toContain('source.document')
      for (const doc of [{ slug: 'x' }, { slug: 'x', source: { location: '§3.3' } }, { slug: 'x', source: { document: null, location: '§3.3' } }]) {
        expect(completenessOf(collection, doc).missing, collection).toContainEqual({ path: 'source.document', label: 'Bron › Brondocument' })
      }
      expect(completenessOf(collection, { slug: 'x', source }).missing.map((item) => item.path), collection).not.toContain('source.document')
    }
    // A theme cites no source.
    expect(COMPLETENESS_RULES.themes.map((rule) => rule.path)).not.toContain('source.document')
  })

  it('labels the count for list columns', () => {
    const item = (label: string) => ({ path: label, label })
    expect(completenessLabel({ complete: true, missing: [] })).toBe('Compleet')
    expect(completenessLabel({ complete: false, missing: [item('Vorm')] })).toBe('1 ontbreekt')
    expect(completenessLabel({ complete: false, missing: [item('Vorm'), item('Aanbieder'), item('Jaar')] })).toBe('3 ontbreken')
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
    expect(withoutEditorNotes({ a: 1, editorNotes: ['x'], sourcesSilent: ['evidenceLevel'] })).toEqual({ a: 1 })
  })
})

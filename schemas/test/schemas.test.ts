import { describe, expect, it } from 'vitest'
import {
  EVIDENCE_LEVELS,
  durationBandOf,
  evidenceSchema,
  formatSeconds,
  fragmentSchema,
  labelOf,
  slug,
  valuesOf,
} from '../src/index.ts'

describe('vocabularies', () => {
  it('follow the Dutch recognition scheme for evidence levels, plus "Niet beoordeeld" (no "Onbekend": an empty field is not yet looked up)', () => {
    expect(EVIDENCE_LEVELS.map((level) => level.label)).toEqual([
      'Niet beoordeeld',
      'Goed beschreven',
      'Goed onderbouwd',
      'Effectief volgens eerste aanwijzingen',
      'Effectief volgens goede aanwijzingen',
      'Effectief volgens sterke aanwijzingen',
    ])
    expect(valuesOf(EVIDENCE_LEVELS)).toContain('effective-strong')
    expect(labelOf(EVIDENCE_LEVELS, 'well-founded')).toBe('Goed onderbouwd')
  })

  it.each([
    [20, 'short'],
    [30, 'short'],
    [31, 'session'],
    [120, 'session'],
    [240, 'half-day'],
    [241, 'long'],
  ] as const)('%i minutes fall in the %s band', (minutes, band) => {
    expect(durationBandOf(minutes)).toBe(band)
  })
})

describe('fields', () => {
  it('formats a fragment duration for readers', () => {
    expect(formatSeconds(315)).toBe('5 min 15 s')
    expect(formatSeconds(120)).toBe('2 min')
    expect(formatSeconds(45)).toBe('45 s')
  })

  it('accepts only URL-safe slugs', () => {
    expect(slug.safeParse('hoop-en-herstel').success).toBe(true)
    expect(slug.safeParse('Hoop en herstel').success).toBe(false)
    expect(slug.safeParse('-hoop').success).toBe(false)
  })

  it('names the failing field of an invalid fragment', () => {
    const result = fragmentSchema.safeParse({ slug: 'hoop', production: 'bij-nader-inzien', number: 7, title: 'Hoop', durationSeconds: -1, source: { document: 'bij-nader-inzien-slides' } })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['durationSeconds'])
  })

  it('tells survey tables and key findings apart by kind', () => {
    const finding = evidenceSchema.parse({ kind: 'key-finding', slug: 'x', title: 'X', statement: 'Y', source: { document: 'monitor-2019' } })
    expect(finding.kind).toBe('key-finding')
    const table = evidenceSchema.safeParse({ kind: 'survey-table', slug: 'x', title: 'X', source: { document: 'monitor-2019' } })
    expect(table.success).toBe(false)
  })
})

describe('verbatim fields', () => {
  it('names only fields the schemas mark as verbatim', async () => {
    const { VERBATIM_FIELDS, SCHEMAS, quoteSchema } = await import('../src/index.ts')
    expect(VERBATIM_FIELDS.activities).toEqual([])
    expect(VERBATIM_FIELDS.guidance).toContain('quotes.text')
    expect(VERBATIM_FIELDS.evidence).toContain('quotes.text')
    expect(quoteSchema.shape.text.description).toBe('Verbatim from the source document')
    expect(Object.keys(VERBATIM_FIELDS).sort()).toEqual(Object.keys(SCHEMAS).sort())
  })

  it('an activity’s goals, key messages and suggested texts are verbatim only when the editor marks them, and new ones are not', async () => {
    const { MARKED_VERBATIM_FIELDS, FIELDS, VERBATIM_MARK, activitySchema, verbatimMarkOf, fieldMeta } = await import('../src/index.ts')
    expect(MARKED_VERBATIM_FIELDS.activities).toEqual(['goals', 'steps.suggestedText', 'keyMessages'])
    for (const path of MARKED_VERBATIM_FIELDS.activities) expect(fieldMeta('activities', verbatimMarkOf(path)), path).toBe(VERBATIM_MARK)
    expect(FIELDS.activities.goalsVerbatim.label).toBe('Letterlijk overgenomen uit de bron')
    const activity = activitySchema.parse({
      slug: 'x', title: 'X', summary: 'Y', learningDomains: ['knowledge'], goals: ['Een doel'], durationMinutes: { min: 5, max: 10 },
      steps: [{ instruction: 'Doe iets', suggestedText: 'Zeg iets' }], keyMessages: ['Onthoud dit'], source: { document: 'activity-empowerment' },
    })
    expect([activity.goalsVerbatim, activity.keyMessagesVerbatim, activity.steps[0]!.suggestedTextVerbatim]).toEqual([false, false, false])
  })

  it('credits a source by its publisher only where the document names one', async () => {
    const { SOURCE_DOCUMENTS, creditOf } = await import('../src/index.ts')
    const named = SOURCE_DOCUMENTS.filter((source) => source.publisher !== null).map((source) => source.id)
    expect(named).toEqual(['monitor-2019'])
    expect(creditOf(SOURCE_DOCUMENTS[0])).toBe('Trimbos-instituut (2019)')
    for (const source of SOURCE_DOCUMENTS.filter((candidate) => candidate.publisher === null)) {
      expect('attribution' in source && source.attribution, source.id).toBeTruthy()
    }
  })
})

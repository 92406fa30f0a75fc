/**
 * One definition of each field: the zod schemas take their limits and
 * messages from the field metadata (fields.ts), so a limit changed there is
 * the limit everywhere.
 */
import { describe, expect, it } from 'vitest'
import { FIELDS, SCHEMAS, SETTINGS, SLUG_PATTERN, SOURCE_DOCUMENTS, YEAR_RANGE, describeIssue, fieldLabelOf, httpUrl, slugFrom } from '../src/index.ts'

const source = { document: 'monitor-2019' }
const intervention = { slug: 'hop', name: 'HOP', aim: 'Een doel.', source }

const issuesOf = (collection: keyof typeof SCHEMAS, doc: unknown) => {
  const result = SCHEMAS[collection].safeParse(doc)
  return result.success ? [] : result.error.issues.map((issue) => describeIssue(issue, (path) => fieldLabelOf(collection, path.filter((key) => typeof key === 'string').join('.'))))
}

describe('limits come from the field metadata', () => {
  it('refuses 100000 minutes for an intervention, naming the field and the limit in Dutch', () => {
    const max = FIELDS.interventions.durationMinutes.max
    expect(issuesOf('interventions', { ...intervention, durationMinutes: max })).toEqual([])
    expect(issuesOf('interventions', { ...intervention, durationMinutes: 100_000 })).toEqual([
      `Duur in minuten (voor het filter): mag hoogstens ${max} minuten zijn`,
    ])
  })

  it('refuses an activity of more than a day and a fragment of more than an hour', () => {
    const activity = SCHEMAS.activities.shape.durationMinutes
    expect(activity.safeParse({ min: 20, max: 25 }).success).toBe(true)
    expect(activity.safeParse({ min: 20, max: FIELDS.activities['durationMinutes.max'].max! + 1 }).error?.issues[0]?.message).toBe('mag hoogstens 480 minuten zijn')
    expect(SCHEMAS.fragments.shape.durationSeconds.safeParse(3_601).success).toBe(false)
  })

  it('counts in the message as Dutch counts: "minstens 1 minuut", "minstens 1 seconde"', () => {
    expect(issuesOf('interventions', { ...intervention, durationMinutes: 0 })).toEqual(['Duur in minuten (voor het filter): moet minstens 1 minuut zijn'])
    expect(SCHEMAS.fragments.shape.durationSeconds.safeParse(0).error?.issues[0]?.message).toBe('moet minstens 1 seconde zijn')
  })

  it('takes years up to next year, not beyond', () => {
    const nextYear = new Date().getFullYear() + 1
    expect(YEAR_RANGE.max).toBe(nextYear)
    expect(issuesOf('interventions', { ...intervention, year: nextYear })).toEqual([])
    expect(issuesOf('interventions', { ...intervention, year: nextYear + 1 })).toEqual([`Jaar: mag hoogstens ${nextYear} zijn`])
    expect(issuesOf('interventions', { ...intervention, year: 1899 })).toEqual(['Jaar: moet minstens 1900 zijn'])
  })

  it('limits the length of texts', () => {
    const name = 'x'.repeat(FIELDS.interventions.name.maxLength! + 1)
    expect(issuesOf('interventions', { ...intervention, name })).toEqual([`Naam: mag hoogstens ${FIELDS.interventions.name.maxLength} tekens lang zijn`])
  })

  it('accepts only absolute http(s) links', () => {
    const link = httpUrl()
    expect(link.safeParse('https://vimeo.com/123').success).toBe(true)
    expect(link.safeParse('http://example.org/a?b=c').success).toBe(true)
    for (const bad of ['htp:/kapotte link', 'javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<b>x</b>', '//vimeo.com/1', 'vimeo.com/1', 'ftp://example.org']) {
      expect(link.safeParse(bad).success, bad).toBe(false)
    }
  })
})

describe('a slug from a title', () => {
  it('keeps the letters, drops accents and signs, and fits the slug rule', () => {
    expect(slugFrom('Zelfstigma & één team')).toBe('zelfstigma-een-team')
    expect(slugFrom('Ĳsselland — Ørsted, Straße')).toBe('ijsselland-orsted-strasse')
    expect(slugFrom('  ¿?  ')).toBe('')
    for (const title of ['Ĳ', 'Een titel!', 'A'.repeat(400)]) expect(slugFrom(title)).toMatch(SLUG_PATTERN)
    expect(slugFrom('woord '.repeat(100), 20)).toBe('woord-woord-woord-wo')
  })
})

describe('a choice the schema refuses', () => {
  it('names the choices by the labels the form lists, not by the keys it stores', () => {
    const [source] = SCHEMAS.interventions.shape.source.safeParse({ document: 'onbekend' }).error!.issues
    expect(source?.message).toContain(`‘${SOURCE_DOCUMENTS[0].title}’`)
    expect(source?.message).not.toContain(SOURCE_DOCUMENTS[0].id)
    const [setting] = SCHEMAS.interventions.shape.settings.safeParse(['overal']).error!.issues
    expect(setting?.message).toBe(`Kies een van de toegestane waarden: ${SETTINGS.map((entry) => `‘${entry.label}’`).join(', ')}.`)
  })
})

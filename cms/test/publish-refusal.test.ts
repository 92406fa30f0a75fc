/**
 * A refused publish reaches the fields the editor fills in, in plain Dutch
 * (issue: a new werkvorm without source, goals or steps was refused with a
 * toast "Bron, Leerdoelen, Stappen", no mark at the lists and a zod-technical
 * "verwacht object, ontving undefined" for the source). The browser side is
 * tests/cms/admin-forms-errors.e2e.test.ts.
 */
import { ValidationError, type Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { Activities } from '../src/collections/Activities.ts'
import { validateAgainstSchema } from '../src/hooks/validateAgainstSchema.ts'
import { schemaIssueAt } from '../src/hooks/schemaIssues.ts'

/** A new werkvorm as the form holds it: title, summary, domain, duration and slug, nothing else. */
const NEW_ACTIVITY = {
  slug: 'nieuwe-werkvorm-e2e',
  title: 'Nieuwe werkvorm',
  summary: 'Een werkvorm in eigen woorden.',
  learningDomains: ['knowledge'],
  durationMinutes: { min: 10, max: 15 },
  goals: [],
  steps: [],
  source: { document: null, location: null },
}

function refusalOf(data: Record<string, unknown>) {
  try {
    validateAgainstSchema('activities')({ collection: { fields: Activities.fields }, data: { ...data, _status: 'published' } } as never)
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError)
    return (error as ValidationError).data.errors
  }
  throw new Error('publish was not refused')
}

/** What the admin's form-state check says of one field (checkDraftsToo → schemaIssueAt). */
const issueAt = (path: string[], event: 'onChange' | 'submit') =>
  schemaIssueAt({
    collectionSlug: 'activities',
    data: { ...NEW_ACTIVITY, _status: 'draft' },
    event,
    path,
    req: { payload: { collections: { activities: { config: { fields: Activities.fields } } } } } as never,
  })

describe('a refused publish of a werkvorm without source, goals or steps', () => {
  it('names each missing part on its own field, in plain Dutch', () => {
    const errors = refusalOf(NEW_ACTIVITY)
    expect(errors).toContainEqual({ path: 'source.document', label: 'Bron › Brondocument', message: 'Kies de bron waaruit deze werkvorm komt.' })
    expect(errors).toContainEqual({ path: 'goals', label: 'Leerdoelen', message: 'Leerdoelen: een activiteit heeft minstens één leerdoel' })
    expect(errors).toContainEqual({ path: 'steps', label: 'Stappen', message: 'Stappen: een activiteit heeft minstens één stap' })
    expect(JSON.stringify(errors)).not.toMatch(/verwacht|ontving|undefined/)
  })

  it('the schema check of a field counts missing parts in a re-check of a refused form (event onChange), not when a draft is saved', () => {
    // Given the field's path. The admin's own form-state check passes none, so in the browser the
    // lists' marks still go after its re-check (see the report of this change).
    expect(issueAt(['goals'], 'onChange')).toBe('een activiteit heeft minstens één leerdoel')
    expect(issueAt(['steps'], 'onChange')).toBe('een activiteit heeft minstens één stap')
    expect(issueAt(['source', 'document'], 'onChange')).toBe('Kies de bron waaruit deze werkvorm komt.')
    // Saving the draft itself (event submit) does not ask for them.
    expect(issueAt(['goals'], 'submit')).toBe(true)
    expect(issueAt(['source', 'document'], 'submit')).toBe(true)
  })

  it('marks the lists a werkvorm must have as required (the asterisk)', () => {
    const field = (name: string) => Activities.fields.find((candidate): candidate is Field & { required?: boolean } => 'name' in candidate && candidate.name === name)
    expect(field('goals')?.required).toBe(true)
    expect(field('steps')?.required).toBe(true)
    expect(field('keyMessages')?.required).toBeFalsy()
  })
})

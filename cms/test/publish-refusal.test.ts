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
import { noteRefusedMarks } from '../src/fields/refusedMarks.ts'

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

/** What the schema check says of one field of the new werkvorm as a draft, by the draft or the publish rules. */
const issueAt = (path: string[], publish: boolean) =>
  schemaIssueAt({
    collectionSlug: 'activities',
    data: { ...NEW_ACTIVITY, _status: 'draft' },
    path,
    publish,
    req: { payload: { collections: { activities: { config: { fields: Activities.fields } } } } } as never,
  })

type Validate = (value: unknown, options: object) => Promise<string | true>
const validateOf = (name: string) => (Activities.fields.find((field) => 'name' in field && field.name === name) as unknown as { validate: Validate }).validate

/**
 * The admin's form-state check of a list of the new werkvorm, as Payload runs it: no path, the
 * draft's status, an empty list as its row count, and the marks the form showed noted on the request.
 */
async function formStateCheck(name: 'goals' | 'steps', data: Record<string, unknown>, marks: Record<string, string>) {
  const req = { payload: { collections: { activities: { config: { fields: Activities.fields } } } }, t: (key: string) => key, context: {} }
  const formState = Object.fromEntries(Object.entries(marks).map(([path, errorMessage]) => [path, { valid: false, errorMessage }]))
  noteRefusedMarks(req as never, formState)
  const form = { ...NEW_ACTIVITY, goals: 0, steps: 0, _status: 'draft', ...data }
  return validateOf(name)(form[name], { collectionSlug: 'activities', data: form, siblingData: form, event: 'onChange', operation: 'create', req })
}

describe('a refused publish of a werkvorm without source, goals or steps', () => {
  it('names each missing part on its own field, in plain Dutch', () => {
    const errors = refusalOf(NEW_ACTIVITY)
    expect(errors).toContainEqual({ path: 'source.document', label: 'Bron › Brondocument', message: 'Kies de bron waaruit deze werkvorm komt.' })
    expect(errors).toContainEqual({ path: 'goals', label: 'Leerdoelen', message: 'Leerdoelen: een werkvorm heeft minstens één leerdoel' })
    expect(errors).toContainEqual({ path: 'steps', label: 'Stappen', message: 'Stappen: een werkvorm heeft minstens één stap' })
    expect(JSON.stringify(errors)).not.toMatch(/verwacht|ontving|undefined/)
  })

  it('calls an empty row of a list a part to fill in, not a wrong type', () => {
    const errors = refusalOf({ ...NEW_ACTIVITY, editorNotes: [{ text: null }] })
    expect(errors).toContainEqual(expect.objectContaining({ path: 'editorNotes.0.text', message: 'Vul dit in voordat je publiceert.' }))
    expect(JSON.stringify(errors)).not.toMatch(/verwacht|ontving|null/)
  })

  it('the schema check of a field counts missing parts by the publish rules, not for a draft', () => {
    expect(issueAt(['goals'], true)).toBe('een werkvorm heeft minstens één leerdoel')
    expect(issueAt(['steps'], true)).toBe('een werkvorm heeft minstens één stap')
    expect(issueAt(['source', 'document'], true)).toBe('Kies de bron waaruit deze werkvorm komt.')
    // Saving the draft does not ask for them.
    expect(issueAt(['goals'], false)).toBe(true)
    expect(issueAt(['source', 'document'], false)).toBe(true)
  })

  it('keeps a list refused by a publish marked in the admin’s re-check of the form until a row is added', async () => {
    const refused = { goals: 'Leerdoelen: een werkvorm heeft minstens één leerdoel', steps: 'Stappen: een werkvorm heeft minstens één stap' }
    expect(await formStateCheck('goals', {}, refused)).toBe('een werkvorm heeft minstens één leerdoel')
    expect(await formStateCheck('steps', {}, refused)).toBe('een werkvorm heeft minstens één stap')
    // The mark as the re-check left it keeps itself.
    expect(await formStateCheck('goals', {}, { goals: 'een werkvorm heeft minstens één leerdoel' })).toBe('een werkvorm heeft minstens één leerdoel')
    // A row added: the goals' reason is gone, the steps' stays.
    const oneGoal = { goals: [{ id: 'a', text: 'Weten wat stigma is.' }] }
    expect(await formStateCheck('goals', oneGoal, refused)).toBe(true)
    expect(await formStateCheck('steps', oneGoal, refused)).toBe('een werkvorm heeft minstens één stap')
  })

  it('keeps an empty step or goal refused by a publish marked on its own field in the re-check', async () => {
    const rows = { goals: [{ id: 'g', text: '' }], steps: [{ id: 's', instruction: '' }] }
    const errors = refusalOf({ ...NEW_ACTIVITY, ...rows })
    // A text list's item is marked on the row's text field, which the form draws.
    const refused = Object.fromEntries(errors.filter((error) => /^(goals|steps)\.0\./.test(error.path)).map((error) => [error.path, error.message]))
    expect(Object.keys(refused).sort()).toEqual(['goals.0.text', 'steps.0.instruction'])
    // Payload's form-state check gives a row's field its row, not its path.
    const form = { ...NEW_ACTIVITY, ...rows, _status: 'draft' }
    const rowCheck = async (list: 'goals' | 'steps', name: string, marks: Record<string, string>, row = form[list][0] as Record<string, unknown>) => {
      const req = { payload: { collections: { activities: { config: { fields: Activities.fields } } } }, t: (key: string) => key, context: {} }
      noteRefusedMarks(req as never, Object.fromEntries(Object.entries(marks).map(([path, errorMessage]) => [path, { valid: false, errorMessage }])))
      const listField = Activities.fields.find((field) => 'name' in field && field.name === list) as unknown as { fields: Field[] }
      const validate = (listField.fields.find((field) => 'name' in field && field.name === name) as unknown as { validate: Validate }).validate
      return validate(row[name], { collectionSlug: 'activities', data: form, siblingData: row, event: 'onChange', operation: 'create', req })
    }
    expect(await rowCheck('steps', 'instruction', refused)).toBe('mag niet leeg zijn')
    expect(await rowCheck('goals', 'text', refused)).toBe('mag niet leeg zijn')
    // Not marked: a draft may have an empty step.
    expect(await rowCheck('steps', 'instruction', {})).toBe(true)
  })

  it('lets a draft lack its lists in the admin’s re-check when no publish refused them', async () => {
    // Nothing marked (a refused draft save, or a mark already cleared), or marked for another reason.
    expect(await formStateCheck('goals', {}, {})).toBe(true)
    expect(await formStateCheck('goals', {}, { goals: 'Bestaat niet in activities: 7.' })).toBe(true)
  })

  it('marks the lists a werkvorm must have as required (the asterisk)', () => {
    const field = (name: string) => Activities.fields.find((candidate): candidate is Field & { required?: boolean } => 'name' in candidate && candidate.name === name)
    expect(field('goals')?.required).toBe(true)
    expect(field('steps')?.required).toBe(true)
    expect(field('keyMessages')?.required).toBeFalsy()
  })
})

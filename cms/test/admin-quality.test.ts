import { describe, expect, it } from 'vitest'
import { ValidationError, type Field, type RelationshipField } from 'payload'
import { Fragments } from '../src/collections/Fragments.ts'
import { Interventions } from '../src/collections/Interventions.ts'
import { relation } from '../src/fields/common.ts'
import { withDerivedRelations } from '../src/fields/derivedRelations.ts'
import { validateAgainstSchema } from '../src/hooks/validateAgainstSchema.ts'

/** Finds a field by dotted path through groups and rows. */
function fieldAt(fields: Field[], path: string): Field | undefined {
  const [head, ...rest] = path.split('.')
  for (const field of fields) {
    if ('name' in field && field.name === head) return rest.length ? fieldAt((field as { fields: Field[] }).fields, rest.join('.')) : field
    if (!('name' in field) && 'fields' in field) {
      const found = fieldAt(field.fields, path)
      if (found) return found
    }
  }
  return undefined
}

describe('validation messages on publish', () => {
  it('are Dutch and name the field by the label editors see', () => {
    const hook = validateAgainstSchema('fragments')
    const data = { _status: 'published', slug: 'hoop', production: 1, number: 7, title: 'Hoop', durationSeconds: 'vijf minuten', questions: { general: [] }, source: { document: 'monitor-2019' } }
    let thrown: unknown
    try {
      hook({ collection: { fields: Fragments.fields }, data } as never)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(ValidationError)
    const errors = (thrown as ValidationError).data.errors
    expect(errors).toContainEqual({
      path: 'durationSeconds',
      label: 'Duur (seconden)',
      message: 'Duur (seconden): Ongeldige invoer: verwacht getal, ontving string',
    })
    expect((thrown as Error).message).toContain('Duur (seconden)')
  })
})

describe('relationship fields take their target from the schema', () => {
  it('fills in collection and single/list from ref() in the schema', () => {
    expect(fieldAt(Fragments.fields, 'production')).toMatchObject({ type: 'relationship', relationTo: 'productions', hasMany: false, required: true })
    expect(fieldAt(Fragments.fields, 'themes')).toMatchObject({ relationTo: 'themes', hasMany: true })
    expect(fieldAt(Interventions.fields, 'familiarity.evidence')).toMatchObject({ relationTo: 'evidence', hasMany: false })
    expect(fieldAt(Interventions.fields, 'relatedEvidence')).toMatchObject({ relationTo: 'evidence', hasMany: true })
  })

  it('refuses a relation the schema does not declare, and a schema relation without a field', () => {
    expect(() => withDerivedRelations('cases', [relation('themes', 'Thema’s'), relation('mentor', 'Begeleider')])).toThrow(/cases\.mentor/)
    expect(() => withDerivedRelations('fragments', [relation('themes', 'Thema’s')])).toThrow(/production/)
    const [themes] = withDerivedRelations('cases', [relation('themes', 'Thema’s')]) as RelationshipField[]
    expect(themes).toMatchObject({ relationTo: 'themes', hasMany: true })
  })
})

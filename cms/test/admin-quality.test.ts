import { ATTACHMENT_FIELDS, CONTENT_COLLECTIONS, CONTENT_TYPES, EVIDENCE_KINDS, FIELDS, SHARED_FIELDS, YEAR_RANGE, fieldMeta, type ContentCollectionSlug } from '@toolkit/schemas'
import { describe, expect, it } from 'vitest'
import { ValidationError, type Field, type RelationshipField } from 'payload'
import { Fragments } from '../src/collections/Fragments.ts'
import { Interventions } from '../src/collections/Interventions.ts'
import { Activities } from '../src/collections/Activities.ts'
import { Evidence } from '../src/collections/Evidence.ts'
import { Productions } from '../src/collections/Productions.ts'
import { Cases } from '../src/collections/Cases.ts'
import { Guidance } from '../src/collections/Guidance.ts'
import { Themes } from '../src/collections/Themes.ts'
import { Attachments } from '../src/collections/Attachments.ts'
import { relation } from '../src/fields/common.ts'
import { withFieldMeta } from '../src/fields/fieldMeta.ts'

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
    expect(() => withDerivedRelations('cases', [relation('themes'), relation('mentor')])).toThrow(/cases\.mentor/)
    expect(() => withDerivedRelations('fragments', [relation('themes')])).toThrow(/production/)
    const [themes] = withDerivedRelations('cases', [relation('themes')]) as RelationshipField[]
    expect(themes).toMatchObject({ relationTo: 'themes', hasMany: true })
  })
})

/** Every named data field with its dotted path (rows of text lists left out). */
function namedFields(fields: Field[], prefix: string[] = []): [string, Field][] {
  return fields.flatMap((field): [string, Field][] => {
    const named = 'name' in field && field.name ? [...prefix, field.name] : prefix
    const here: [string, Field][] = 'name' in field && field.name && field.type !== 'ui' ? [[named.join('.'), field]] : []
    const nested = 'fields' in field && !(field.type === 'array' && field.custom?.shape === 'textList') ? namedFields(field.fields, named) : []
    return [...here, ...nested]
  })
}

const COLLECTION_CONFIGS = { interventions: Interventions, fragments: Fragments, activities: Activities, evidence: Evidence, productions: Productions, cases: Cases, guidance: Guidance, themes: Themes }

describe('one definition of each field (label, help, limits) in @toolkit/schemas', () => {
  it.each(Object.entries(COLLECTION_CONFIGS))('%s: the Payload fields take label, help, min/max and length from the field metadata', (slug, config) => {
    let checked = 0
    for (const [path, field] of namedFields(config.fields)) {
      const meta = fieldMeta(slug as ContentCollectionSlug, path)
      if (!meta) continue
      checked++
      expect('label' in field && field.label, path).toBe(meta.label)
      if (meta.help) expect((field as { admin?: { description?: string } }).admin?.description, path).toBe(meta.help)
      if (field.type === 'number') expect([field.min, field.max], path).toEqual([meta.min, meta.max])
      if (field.type === 'text' || field.type === 'textarea') expect(field.maxLength, path).toBe(meta.maxLength)
      if (meta.options) expect((field as { options?: unknown }).options, path).toEqual(meta.options)
    }
    expect(checked).toBeGreaterThan(5)
  })

  it('covers every content field: each data field of a collection, the shared ones included, has metadata', () => {
    for (const [slug, config] of Object.entries(COLLECTION_CONFIGS)) {
      for (const [path] of namedFields(config.fields)) {
        expect(fieldMeta(slug as ContentCollectionSlug, path), `${slug}.${path}`).toBeDefined()
      }
    }
  })

  it('gives the fields every collection shares (slug, source, editor notes, …) the one label and help of SHARED_FIELDS', () => {
    for (const [slug, config] of Object.entries(COLLECTION_CONFIGS)) {
      for (const [path, meta] of Object.entries(SHARED_FIELDS)) {
        const field = fieldAt(config.fields, path)
        // Only where a field may stay empty; themes are the toolkit's own words, without a source.
        if (!field && (path === 'sourcesSilent' || (slug === 'themes' && !['slug', 'completeness'].includes(path)))) continue
        expect(field, `${slug}.${path}`).toBeDefined()
        expect((field as { label?: unknown }).label, `${slug}.${path}`).toBe(meta.label)
        if ('help' in meta && meta.help) expect((field as { admin?: { description?: string } }).admin?.description, `${slug}.${path}`).toBe(meta.help)
      }
    }
    expect(fieldAt(Evidence.fields, 'kind')).toMatchObject({ label: 'Soort', options: EVIDENCE_KINDS.map((kind) => ({ ...kind })) })
  })

  it('checks a slug by the schema\'s pattern in the admin, drafts included', async () => {
    const validate = (fieldAt(Fragments.fields, 'slug') as { validate: (value: unknown, options: unknown) => Promise<string | true> }).validate
    const options = { data: { _status: 'draft' }, req: { t: (key: string) => key, payload: { config: {} } } }
    expect(await validate('Hoop en Herstel', options)).toMatch(/kleine letters, cijfers en koppeltekens/)
    expect(await validate('hoop-en-herstel', options)).toBe(true)
  })

  it('uses the same limits in the admin and in the schema: an intervention lasts at most 3600 minutes, a year up to next year', () => {
    expect(fieldAt(Interventions.fields, 'durationMinutes')).toMatchObject({ label: 'Duur in minuten (voor het filter)', min: 1, max: FIELDS.interventions.durationMinutes.max })
    expect(fieldAt(Interventions.fields, 'year')).toMatchObject({ min: YEAR_RANGE.min, max: YEAR_RANGE.max })
    expect(fieldAt(Evidence.fields, 'citation.year')).toMatchObject({ min: YEAR_RANGE.min, max: YEAR_RANGE.max })
    expect(fieldAt(Activities.fields, 'durationMinutes.max')).toMatchObject({ label: 'Maximaal (minuten)', max: 480 })
    expect(fieldAt(Interventions.fields, 'evidenceLevel')).toMatchObject({ label: 'Erkenningsniveau' })
    expect((fieldAt(Interventions.fields, 'evidenceLevel') as { defaultValue?: unknown }).defaultValue).toBeUndefined()
  })

  it('names each collection as the content model does (one name per content type, for CMS and site)', () => {
    for (const [slug, config] of Object.entries(COLLECTION_CONFIGS)) {
      expect(config.labels, slug).toEqual({ singular: CONTENT_TYPES[slug as ContentCollectionSlug].singular, plural: CONTENT_TYPES[slug as ContentCollectionSlug].plural })
    }
  })

  it('names an attachment\'s fields, the file\'s name, type, size and address too, as the schema does (the open data\'s columns say the same)', () => {
    // `file` is the upload itself, not a field of the collection.
    const named = Object.entries(ATTACHMENT_FIELDS).filter(([path]) => path !== 'file')
    for (const [path, meta] of named) expect((fieldAt(Attachments.fields, path) as { label?: unknown } | undefined)?.label, path).toBe(meta.label)
    expect(named.map(([path]) => path)).toEqual(expect.arrayContaining(['filename', 'mimeType', 'filesize', 'url']))
  })

  it('refuses a hand-written label on a field the metadata describes (no second definition)', () => {
    expect(() => withFieldMeta('interventions', [{ name: 'year', label: 'Jaartal', type: 'number' }])).toThrow(/interventions\.year/)
    expect(CONTENT_COLLECTIONS.length).toBeGreaterThan(0)
  })
})

describe('field checks run on drafts too, with the schema\'s Dutch message', () => {
  const validateOf = (config: { fields: Field[] }, path: string) => (fieldAt(config.fields, path) as { validate: (value: unknown, options: unknown) => Promise<string | true> }).validate
  const options = { data: { _status: 'draft' }, req: { t: (key: string) => key, payload: { config: {} } } }

  it('refuses 100000 minutes and a link that is not http(s), keeps an empty draft field', async () => {
    expect(await validateOf(Interventions, 'durationMinutes')(100_000, options)).toBe('mag hoogstens 3600 minuten zijn')
    expect(await validateOf(Interventions, 'durationMinutes')(120, options)).toBe(true)
    expect(await validateOf(Fragments, 'videoUrl')('javascript:alert(1)', options)).toMatch(/http\(s\)-link/)
    expect(await validateOf(Fragments, 'videoUrl')('htp:/kapotte link', options)).toMatch(/http\(s\)-link/)
    expect(await validateOf(Fragments, 'videoUrl')('https://vimeo.com/1', options)).toBe(true)
    expect(await validateOf(Fragments, 'videoUrl')(null, options)).toBe(true)
  })
})

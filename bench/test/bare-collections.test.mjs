/**
 * The CMS benchmark compares our CMS with a bare Payload app; the comparison
 * is only fair when the bare app stores the same fields. These check that the
 * bare collections (bench/bare-payload/collections.ts) keep every data field
 * of ours and carry none of our behaviour.
 */
import { describe, expect, it } from 'vitest'
import { CONTENT_COLLECTIONS } from '@toolkit/schemas'
import { bareCollections } from '../bare-payload/collections.ts'
import { Activities } from '../../cms/src/collections/Activities.ts'
import { Attachments } from '../../cms/src/collections/Attachments.ts'
import { Cases } from '../../cms/src/collections/Cases.ts'
import { Evidence } from '../../cms/src/collections/Evidence.ts'
import { Fragments } from '../../cms/src/collections/Fragments.ts'
import { Guidance } from '../../cms/src/collections/Guidance.ts'
import { Interventions } from '../../cms/src/collections/Interventions.ts'
import { Productions } from '../../cms/src/collections/Productions.ts'
import { Themes } from '../../cms/src/collections/Themes.ts'

const OURS = Object.fromEntries([Productions, Fragments, Activities, Interventions, Evidence, Cases, Guidance, Themes].map((c) => [c.slug, c]))

/** Every stored field as `path:type[:relationTo][:hasMany]`, through rows, groups, arrays and tabs. */
function storedFields(fields, prefix = '') {
  return fields.flatMap((field) => {
    if (field.type === 'ui' || field.virtual) return []
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => storedFields(tab.fields, tab.name ? `${prefix}${tab.name}.` : prefix))
    const path = field.name ? `${prefix}${field.name}` : prefix.replace(/\.$/, '')
    const own = field.name ? [[path, field.type, field.relationTo ?? '', field.hasMany ? 'many' : '', field.required ? 'required' : ''].join(':')] : []
    const nested = field.fields ? storedFields(field.fields, field.name ? `${path}.` : prefix) : []
    return [...own, ...nested]
  })
}

function functionsIn(value, path = '') {
  if (typeof value === 'function') return [path]
  if (!value || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, item]) => functionsIn(item, `${path}.${key}`))
}

describe('bare Payload baseline collections', () => {
  const bare = bareCollections()

  it('has every content collection and the upload collection their attachments point to, and no other', () => {
    expect(bare.map((c) => c.slug).sort()).toEqual([...CONTENT_COLLECTIONS, Attachments.slug].sort())
  })

  it('the attachments upload collection stores the same fields as ours', () => {
    const attachments = bare.find((c) => c.slug === Attachments.slug)
    expect(attachments.upload).toBe(true)
    expect(storedFields(attachments.fields)).toEqual(storedFields(Attachments.fields))
  })

  it.each(CONTENT_COLLECTIONS)('%s stores the same fields as our CMS (names, types, relations, required)', (slug) => {
    const ours = storedFields(OURS[slug].fields)
    expect(ours.length).toBeGreaterThan(3)
    expect(storedFields(bare.find((c) => c.slug === slug).fields)).toEqual(ours)
  })

  it('carries none of our hooks, access rules, validators, populate settings or extra indexes', () => {
    expect(functionsIn(bare)).toEqual([])
    for (const collection of bare.filter((c) => c.slug !== Attachments.slug)) {
      expect(Object.keys(collection).sort()).toEqual(['fields', 'labels', 'slug', 'versions'])
      expect(collection.versions).toEqual({ drafts: true })
      expect(JSON.stringify(collection)).not.toMatch(/"(hooks|access|admin|validate)":/)
    }
    const attachments = bare.find((c) => c.slug === Attachments.slug)
    expect(Object.keys(attachments).sort()).toEqual(['fields', 'labels', 'slug', 'upload'])
    expect(JSON.stringify(attachments)).not.toMatch(/"(hooks|access|admin|validate)":/)
  })
})

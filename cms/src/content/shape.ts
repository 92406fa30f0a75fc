import type { Field } from 'payload'
import type { ContentCollectionSlug } from '@toolkit/schemas'
import { EDITED_BY } from '../fields/editedBy.ts'

/**
 * Converts between the CMS's stored shape and the shared schema shape, driven
 * by the collection's own field config so the two cannot drift apart:
 * text lists are `[{ text }]` rows in the CMS and `string[]` in the schema;
 * relationships are ids in the CMS and slugs in the schema; the CMS's empty
 * optional fields are `null`, the schema's are absent.
 */

type Json = Record<string, unknown>
type Id = string | number

/** Maps a related document to its slug (or `undefined` to drop the link, e.g. a draft). */
export type ToSlug = (collection: ContentCollectionSlug, id: Id) => string | undefined
/** Maps an uploaded file (an attachment) to its public record, or `undefined` to leave it out (not public, or not asked for). */
export type ToUpload = (collection: string, id: Id) => Json | undefined
/** Maps a slug to the related document's id; `undefined` leaves the relation empty. */
export type ToId = (collection: ContentCollectionSlug, slug: string) => Id | undefined

/**
 * Marks an array field whose rows hold one text each (fields/common.ts
 * `textList`): `[{ text: 'a' }]` here is `['a']` in the schemas, so they can
 * describe plain string lists while editors get one box per item. Defined
 * with the conversion that reads it, so the fields import the shape and not
 * the other way round.
 */
export const TEXT_LIST = 'textList'

/** Fields Payload adds itself; they are not part of the content model. */
// What the CMS records about a save (who saved it) is no content: the snapshot never carries it.
const SYSTEM_FIELDS = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt', '_status', EDITED_BY])

/** Computed fields (e.g. `completeness`): not part of the content, never written. */
const isVirtual = (field: Field) => 'virtual' in field && Boolean(field.virtual)

const isTextList = (field: Field) => 'custom' in field && field.custom?.shape === TEXT_LIST

const idOf = (value: unknown): Id | undefined => {
  if (typeof value === 'string' || typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: Id }).id
  return undefined
}

function relationTarget(field: Field): ContentCollectionSlug {
  if (field.type !== 'relationship' || typeof field.relationTo !== 'string') {
    throw new Error('Only single-collection relationships are supported')
  }
  return field.relationTo as ContentCollectionSlug
}

/**
 * CMS document → schema shape. Uploads (attachments) become the public
 * records `toUpload` gives; without it they are left out (the publish check
 * needs only the document's own fields).
 */
export function toSchemaShape(fields: Field[], doc: Json, toSlug: ToSlug, toUpload?: ToUpload): Json {
  const out: Json = {}
  for (const field of fields) {
    if (!('name' in field)) {
      if ('fields' in field) Object.assign(out, toSchemaShape(field.fields, doc, toSlug, toUpload))
      if (field.type === 'tabs') for (const tab of field.tabs) Object.assign(out, toSchemaShape(tab.fields, doc, toSlug, toUpload))
      continue
    }
    if (SYSTEM_FIELDS.has(field.name) || isVirtual(field)) continue
    const value = doc[field.name]
    if (value === null || value === undefined) continue
    if (field.type === 'array') {
      // The admin's form state holds a list without rows as its row count (0), not as a list.
      const rows = Array.isArray(value) ? (value as Json[]) : []
      out[field.name] = isTextList(field)
        ? rows.map((row) => row.text)
        : rows.map((row) => toSchemaShape(field.fields, row, toSlug, toUpload))
    } else if (field.type === 'group') {
      // Payload keeps an empty group as an object of nulls; the schema wants it absent.
      const group = toSchemaShape(field.fields, value as Json, toSlug, toUpload)
      if (Object.keys(group).length > 0) out[field.name] = group
    } else if (field.type === 'upload') {
      if (!toUpload || typeof field.relationTo !== 'string') continue
      const target = field.relationTo
      const records = (Array.isArray(value) ? value : [value]).map((item) => {
        const id = idOf(item)
        return id === undefined ? undefined : toUpload(target, id)
      })
      out[field.name] = records.filter((record): record is Json => record !== undefined)
    } else if (field.type === 'relationship') {
      const target = relationTarget(field)
      const slugOf = (item: unknown) => {
        const id = idOf(item)
        return id === undefined ? undefined : toSlug(target, id)
      }
      if (Array.isArray(value)) {
        out[field.name] = value.map(slugOf).filter((slug): slug is string => slug !== undefined)
      } else {
        const slug = slugOf(value)
        if (slug !== undefined) out[field.name] = slug
      }
    } else {
      out[field.name] = value
    }
  }
  return out
}

/** Schema shape → CMS data. Every field gets a value, so an update replaces the whole document. */
export function toCmsData(fields: Field[], record: Json, toId: ToId): Json {
  const out: Json = {}
  for (const field of fields) {
    if (!('name' in field)) {
      if ('fields' in field) Object.assign(out, toCmsData(field.fields, record, toId))
      if (field.type === 'tabs') for (const tab of field.tabs) Object.assign(out, toCmsData(tab.fields, record, toId))
      continue
    }
    // Files are uploaded, not imported: a snapshot's attachment records carry no file, and an update keeps the links it had.
    if (SYSTEM_FIELDS.has(field.name) || isVirtual(field) || field.type === 'upload') continue
    const value = record[field.name]
    if (field.type === 'array') {
      const rows = (value as unknown[] | undefined) ?? []
      out[field.name] = isTextList(field)
        ? rows.map((text) => ({ text }))
        : rows.map((row) => toCmsData(field.fields, row as Json, toId))
    } else if (field.type === 'group') {
      out[field.name] = toCmsData(field.fields, (value as Json | undefined) ?? {}, toId)
    } else if (field.type === 'relationship') {
      const target = relationTarget(field)
      if (Array.isArray(value)) {
        out[field.name] = value.map((slug) => toId(target, slug as string)).filter((id) => id !== undefined)
      } else {
        out[field.name] = value === undefined ? null : (toId(target, value as string) ?? null)
      }
    } else if ('hasMany' in field && field.hasMany) {
      out[field.name] = value ?? []
    } else {
      out[field.name] = value ?? null
    }
  }
  return out
}

/**
 * zod types built from a field's metadata (fields.ts): the limits and the
 * Dutch messages of one field, so every schema checks a field the way its
 * label, help and the CMS describe it.
 */
import { z } from 'zod'
import { LINE, PARAGRAPH, SHARED_FIELDS, SLUG_PATTERN, URL_LENGTH, type FieldMeta } from './fields.ts'

const numberLimits = (meta: FieldMeta) => {
  const counted = (n: number) => (meta.unit ? `${n} ${n === 1 ? meta.unit[0] : meta.unit[1]}` : String(n))
  let schema = z.number().int('moet een heel getal zijn')
  if (meta.min !== undefined) schema = schema.min(meta.min, `moet minstens ${counted(meta.min)} zijn`)
  if (meta.max !== undefined) schema = schema.max(meta.max, `mag hoogstens ${counted(meta.max)} zijn`)
  return schema
}

/** A whole number within the field's limits, with a Dutch message per limit. */
export const int = (meta: FieldMeta) => numberLimits(meta)

/** A number (decimals allowed, e.g. a percentage) within the field's limits. */
export function decimal(meta: FieldMeta) {
  let schema = z.number()
  if (meta.min !== undefined) schema = schema.min(meta.min, `moet minstens ${meta.min} zijn`)
  if (meta.max !== undefined) schema = schema.max(meta.max, `mag hoogstens ${meta.max} zijn`)
  return schema
}

const tooLong = (meta: FieldMeta) => `mag hoogstens ${meta.maxLength} tekens lang zijn`

/** Trimmed text up to the field's length, possibly empty (an optional text). */
export const optionalText = (meta: FieldMeta) => z.string().trim().max(meta.maxLength ?? PARAGRAPH, tooLong(meta))

/** Non-empty, trimmed text up to the field's length. */
export const requiredText = (meta: FieldMeta) => optionalText(meta).min(1, 'mag niet leeg zijn')

/** A URL identifier up to the field's length (see `SLUG_PATTERN`). */
export const slugText = (meta: FieldMeta = SHARED_FIELDS.slug) =>
  z.string().max(meta.maxLength ?? LINE, tooLong(meta)).regex(SLUG_PATTERN, 'gebruik kleine letters, cijfers en koppeltekens (bijv. "hoop-en-herstel")')

/**
 * An absolute http(s) link: the only kind of link the site renders, and the
 * only kind the CMS saves, drafts included.
 */
export const httpUrl = (meta: FieldMeta = { label: 'Link', maxLength: URL_LENGTH, format: 'url' }) =>
  z.url({ protocol: /^https?$/, error: 'moet een volledige http(s)-link zijn, bijv. https://vimeo.com/123' }).max(meta.maxLength ?? URL_LENGTH, tooLong(meta))

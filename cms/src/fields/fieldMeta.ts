/**
 * Fills in each field's label, help text, limits and validation from the
 * field metadata in @toolkit/schemas (fields.ts), so a field is described
 * once and the admin form, the publish check, completeness, the site's
 * filters and the PDFs say the same. A field with metadata must not carry a
 * label of its own here: the config refuses to load, as it does for a
 * relation the schema does not know (derivedRelations.ts).
 */
import { validations, type Field, type Validate } from 'payload'
import { decimal, fieldMeta, httpUrl, int, optionalText, slugText, type ContentCollectionSlug, type FieldMeta } from '@toolkit/schemas'
import { TEXT_LIST } from '../content/shape.ts'

type AnyValidate = Validate<unknown, object, object, object>

const isEmpty = (value: unknown) => value === undefined || value === null || value === ''

/** The zod check of one value of the field, the same the schema runs on publish. */
function checkOf(field: Field, meta: FieldMeta) {
  if (field.type === 'number') return 'hasMany' in field && field.hasMany ? undefined : meta.decimals ? decimal(meta) : int(meta)
  if (meta.format === 'url') return httpUrl(meta)
  if (meta.format === 'slug') return slugText(meta)
  if (field.type === 'text' || field.type === 'textarea') return optionalText(meta)
  return undefined
}

/**
 * Payload's own validation first for what it alone knows (required, types),
 * then the schema's check with its Dutch message, on drafts too: a value of
 * the wrong kind (a `javascript:` link, 100000 minutes) is never saved.
 */
function validateWith(field: Field, meta: FieldMeta): AnyValidate | undefined {
  const check = checkOf(field, meta)
  if (!check) return undefined
  const standard = (validations as unknown as Record<string, AnyValidate | undefined>)[field.type]
  return async (value, options) => {
    if (!isEmpty(value)) {
      const result = check.safeParse(value)
      if (!result.success) return result.error.issues[0]!.message
    }
    return standard ? standard(value, { ...field, ...options } as never) : true
  }
}

function withMeta(field: Field, meta: FieldMeta, where: string): Field {
  if ('label' in field && field.label !== undefined) {
    throw new Error(`${where}: het label staat in @toolkit/schemas (fields.ts); haal het hier weg`)
  }
  const admin = { ...('admin' in field ? field.admin : {}), ...(meta.help ? { description: meta.help } : {}) }
  const limits =
    field.type === 'number'
      ? { min: meta.min, max: meta.max }
      : field.type === 'text' || field.type === 'textarea'
        ? { maxLength: meta.maxLength }
        : field.type === 'select' && meta.options
          ? { options: meta.options.map((option) => ({ ...option })) }
          : {}
  const validate = validateWith(field, meta)
  return { ...field, label: meta.label, admin, ...limits, ...(validate ? { validate } : {}) } as Field
}

/** A text list's one text per row gets the list's length limit. */
function textRowsOf(field: Field, meta: FieldMeta): Field {
  if (field.type !== 'array' || field.custom?.shape !== TEXT_LIST) return field
  return {
    ...field,
    fields: field.fields.map((row) => (row.type === 'text' || row.type === 'textarea' ? { ...row, maxLength: meta.maxLength, validate: validateWith(row, meta) } : row)) as Field[],
  }
}

/** The collection's fields with label, help, limits and checks from its metadata. */
export function withFieldMeta(slug: ContentCollectionSlug, fields: Field[]): Field[] {
  const walk = (list: Field[], prefix: string[]): Field[] =>
    list.map((field) => {
      const named = 'name' in field && field.name ? [...prefix, field.name] : prefix
      const path = named.join('.')
      const meta = 'name' in field && field.name ? fieldMeta(slug, path) : undefined
      let result = meta ? textRowsOf(withMeta(field, meta, `${slug}.${path}`), meta) : field
      if (result.type === 'group' || result.type === 'row' || result.type === 'collapsible' || (result.type === 'array' && result.custom?.shape !== TEXT_LIST)) {
        result = { ...result, fields: walk(result.fields, named) } as Field
      }
      if (result.type === 'tabs') {
        result = { ...result, tabs: result.tabs.map((tab) => ({ ...tab, fields: walk(tab.fields, 'name' in tab && tab.name ? [...prefix, tab.name] : prefix) })) } as Field
      }
      return result
    })
  return walk(fields, [])
}

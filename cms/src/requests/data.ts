/**
 * Checks the JSON a client sends against the collection's fields before
 * Payload reads it. Payload turns `12345` or `["a","b"]` into the text
 * "12345" or '["a","b"]', drops a number it cannot read, and ignores fields
 * it does not know; a client would never learn its data was changed. Here
 * each of those is a 400 that names the field.
 */
import type { FlattenedField } from 'payload'

export type DataProblem = { path: string; message: string }


const isObject = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value)
const isId = (value: unknown) => typeof value === 'number' || typeof value === 'string'
const isRelationValue = (value: unknown) => isId(value) || (isObject(value) && ('id' in value || 'value' in value))

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'een lijst'
  if (value === null) return 'leeg'
  if (typeof value === 'object') return 'een object'
  return `${typeof value === 'string' ? 'tekst' : typeof value === 'number' ? 'een getal' : typeof value} (${JSON.stringify(value).slice(0, 40)})`
}

function scalarProblem(field: FlattenedField, value: unknown): string | undefined {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
    case 'radio':
      return typeof value === 'string' ? undefined : `verwacht tekst, kreeg ${describe(value)}`
    case 'select':
      return typeof value === 'string' ? undefined : `verwacht een van de toegestane waarden als tekst, kreeg ${describe(value)}`
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : `verwacht een getal, kreeg ${describe(value)}`
    case 'checkbox':
      return typeof value === 'boolean' ? undefined : `verwacht true of false, kreeg ${describe(value)}`
    case 'date':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? undefined : `verwacht een datum, kreeg ${describe(value)}`
    case 'relationship':
    case 'upload':
      return isRelationValue(value) ? undefined : `verwacht het id van een document, kreeg ${describe(value)}`
    default:
      return undefined
  }
}

function fieldProblem(field: FlattenedField, value: unknown, path: string): DataProblem | undefined {
  if (value === null || value === undefined) return undefined
  const many = 'hasMany' in field && field.hasMany
  if (field.type === 'group') {
    if (!isObject(value)) return { path, message: `${path} verwacht een groep velden (een object), kreeg ${describe(value)}.` }
    return fieldsProblem(field.flattenedFields, value, path)
  }
  if (field.type === 'array') {
    // The admin's form sends an empty list as its row count, 0.
    if (value === 0) return undefined
    if (!Array.isArray(value)) return { path, message: `${path} verwacht een lijst van rijen, kreeg ${describe(value)}.` }
    for (const [index, row] of value.entries()) {
      if (!isObject(row)) return { path: `${path}.${index}`, message: `${path}.${index} verwacht een rij (een object), kreeg ${describe(row)}.` }
      const problem = fieldsProblem(field.flattenedFields, row, `${path}.${index}`)
      if (problem) return problem
    }
    return undefined
  }
  if (field.type === 'json' || field.type === 'richText' || field.type === 'point' || field.type === 'blocks' || field.type === 'join') return undefined
  if (many) {
    if (!Array.isArray(value)) return { path, message: `${path} verwacht een lijst, kreeg ${describe(value)}.` }
    for (const [index, item] of value.entries()) {
      const problem = scalarProblem(field, item)
      if (problem) return { path, message: `${path}[${index}] ${problem}.` }
    }
    return undefined
  }
  const problem = scalarProblem(field, value)
  return problem ? { path, message: `${path} ${problem}.` } : undefined
}

/**
 * The first problem in `data` for these fields, or undefined. `alsoAccepted`
 * names top-level keys that are no data fields but that Payload reads (the
 * document's `id`, and the admin form's own fields such as `confirm-password`,
 * see formFields.ts).
 */
export function fieldsProblem(fields: FlattenedField[], data: Record<string, unknown>, prefix = '', alsoAccepted: ReadonlySet<string> = new Set()): DataProblem | undefined {
  const byName = new Map(fields.map((field) => [field.name, field]))
  for (const [key, value] of Object.entries(data)) {
    const path = prefix ? `${prefix}.${key}` : key
    const field = byName.get(key)
    if (!field) {
      if (alsoAccepted.has(key)) continue
      return { path, message: `Onbekend veld "${path}"; het wordt niet opgeslagen. Controleer de naam.` }
    }
    const problem = fieldProblem(field, value, path)
    if (problem) return problem
  }
  return undefined
}

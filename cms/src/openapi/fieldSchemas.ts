/**
 * JSON Schemas (OpenAPI 3.1, i.e. JSON Schema 2020-12) of documents as an
 * anonymous visitor gets them from the REST API, read off Payload's own
 * sanitised field config: a field added to a collection is documented
 * without anyone writing it down, and a field only editors may read
 * (`access.read` refusing an anonymous request, or `hidden`) is left out,
 * as the API leaves it out.
 */
import type { FlattenedField, PayloadRequest, SanitizedCollectionConfig, SanitizedGlobalConfig } from 'payload'

export type JsonSchema = Record<string, unknown>

/** What the REST API uses as ids on this database: whole numbers (SQLite) or ObjectId strings (MongoDB). */
export type IdType = 'number' | 'text'

const idSchema = (idType: IdType): JsonSchema =>
  idType === 'number' ? { type: 'integer', minimum: 1 } : { type: 'string', pattern: '^[a-f0-9]{24}$' }

/** Nullable, as Payload answers an empty optional field with null. */
const orNull = (schema: JsonSchema): JsonSchema => ({ anyOf: [schema, { type: 'null' }] })

/** True when an anonymous visitor may read the field (no read rule, or the rule says yes). */
export async function publicField(field: FlattenedField, anonymous: PayloadRequest): Promise<boolean> {
  if (field.hidden) return false
  const read = field.access?.read
  if (!read) return true
  return Boolean(await read({ req: anonymous } as Parameters<typeof read>[0]))
}

function optionValues(field: { options: readonly (string | { value: string })[] }): string[] {
  return field.options.map((option) => (typeof option === 'string' ? option : option.value))
}

/** A related document: its id at depth 0, or the document with what a link needs (`defaultPopulate`) when populated. */
function relationSchema(idType: IdType, description: string): JsonSchema {
  return {
    description,
    anyOf: [idSchema(idType), { type: 'object', properties: { id: idSchema(idType) }, required: ['id'] }],
  }
}

function valueSchema(field: FlattenedField, idType: IdType, anonymous: PayloadRequest): Promise<JsonSchema | undefined> | JsonSchema | undefined {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return 'hasMany' in field && field.hasMany ? { type: 'array', items: { type: 'string' } } : { type: 'string' }
    case 'number':
      return 'hasMany' in field && field.hasMany ? { type: 'array', items: { type: 'number' } } : { type: 'number' }
    case 'checkbox':
      return { type: 'boolean' }
    case 'date':
      return { type: 'string', format: 'date-time' }
    case 'select':
    case 'radio': {
      const values = { type: 'string', enum: optionValues(field as { options: (string | { value: string })[] }) }
      return 'hasMany' in field && field.hasMany ? { type: 'array', items: values } : values
    }
    case 'relationship':
    case 'upload': {
      const targets = [field.relationTo].flat().join(', ')
      const one = relationSchema(idType, `Verwijzing naar ${targets}`)
      return 'hasMany' in field && field.hasMany ? { type: 'array', items: one } : one
    }
    case 'group':
      return objectSchema(field.flattenedFields, idType, anonymous)
    case 'array':
      return objectSchema(field.flattenedFields, idType, anonymous, { id: { type: 'string' } }).then((row) => ({ type: 'array', items: row }))
    case 'json':
    case 'richText':
    case 'blocks':
    case 'point':
      return {}
    default:
      return undefined
  }
}

/** An object of fields: those an anonymous visitor may read, required ones required. */
export async function objectSchema(
  fields: readonly FlattenedField[],
  idType: IdType,
  anonymous: PayloadRequest,
  extra: Record<string, JsonSchema> = {},
  extraRequired: string[] = [],
): Promise<JsonSchema> {
  const properties: Record<string, JsonSchema> = { ...extra }
  const required = [...extraRequired]
  for (const field of fields) {
    if (!(await publicField(field, anonymous))) continue
    const schema = await valueSchema(field, idType, anonymous)
    if (!schema) continue
    const label = typeof field.label === 'string' ? field.label : undefined
    const described = label ? { description: label, ...schema } : schema
    const isRequired = 'required' in field && field.required === true
    properties[field.name] = isRequired ? described : orNull(described)
    if (isRequired) required.push(field.name)
  }
  return { type: 'object', properties, required, additionalProperties: false }
}

/** A published document of a collection as the public REST API returns it. */
export function documentSchema(collection: SanitizedCollectionConfig, idType: IdType, anonymous: PayloadRequest): Promise<JsonSchema> {
  const stamps = { id: idSchema(idType), createdAt: { type: 'string', format: 'date-time' }, updatedAt: { type: 'string', format: 'date-time' } }
  return objectSchema(
    collection.flattenedFields.filter((field) => !(field.name in stamps)),
    idType,
    anonymous,
    stamps,
    Object.keys(stamps),
  )
}

/** A global as the public REST API returns it. */
export function globalSchema(global: SanitizedGlobalConfig, idType: IdType, anonymous: PayloadRequest): Promise<JsonSchema> {
  const stamps = { id: idSchema(idType), globalType: { type: 'string', const: global.slug }, createdAt: orNull({ type: 'string', format: 'date-time' }), updatedAt: orNull({ type: 'string', format: 'date-time' }) }
  // A global nobody saved yet is answered without id, type or timestamps.
  return objectSchema(global.flattenedFields.filter((field) => !(field.name in stamps)), idType, anonymous, stamps)
}

export { idSchema }

/**
 * Checks a `where` query against the collection's fields before it reaches
 * the database, so a malformed query is a 400 that names its path instead of
 * a driver error (500): nested objects where a value belongs, unknown
 * operators, dates that are no dates, ids that are no ids, geo operators on
 * fields that are no points.
 */
import type { FlattenedField } from 'payload'

export type WhereProblem = { path: string; message: string }

export const SCALAR_OPERATORS = new Set([
  'equals',
  'not_equals',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'exists',
])
export const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const TIMESTAMPS = new Set(['createdAt', 'updatedAt'])

type Scalar = string | number | boolean | null

const isScalar = (value: unknown): value is Scalar => value === null || ['string', 'number', 'boolean'].includes(typeof value)

/** The field a dotted path names, following groups, arrays and tabs; undefined when unknown (Payload reports those). */
function fieldAt(fields: FlattenedField[], path: string): FlattenedField | undefined {
  const [head, ...rest] = path.split('.')
  const field = fields.find((candidate) => candidate.name === head)
  if (!field || rest.length === 0) return field
  // Past a relationship the path names a field of the related collection: not checked here.
  return 'flattenedFields' in field ? fieldAt(field.flattenedFields, rest.join('.')) : undefined
}

type Kind = 'date' | 'id' | 'number' | 'point' | 'other'

function kindOf(path: string, field: FlattenedField | undefined, idType: 'number' | 'text'): Kind {
  if (path === 'id') return idType === 'number' ? 'id' : 'other'
  if (TIMESTAMPS.has(path) || field?.type === 'date') return 'date'
  if (field?.type === 'number') return 'number'
  if (field?.type === 'point') return 'point'
  if ((field?.type === 'relationship' || field?.type === 'upload') && typeof field.relationTo === 'string' && idType === 'number') return 'id'
  return 'other'
}

function checkValue(value: Scalar, kind: Kind, operator: string): string | undefined {
  if (value === null || operator === 'exists') return undefined
  if (kind === 'date' && Number.isNaN(Date.parse(String(value)))) return `"${value}" is geen datum (gebruik bijvoorbeeld 2026-11-30).`
  if ((kind === 'id' || kind === 'number') && !['like', 'not_like', 'contains'].includes(operator) && !Number.isFinite(Number(value))) {
    return `"${value}" is geen getal.`
  }
  return undefined
}

function checkCondition(path: string, condition: unknown, fields: FlattenedField[], idType: 'number' | 'text'): WhereProblem | undefined {
  if (!condition || typeof condition !== 'object' || Array.isArray(condition)) {
    return { path, message: `Geef een operator, bijvoorbeeld where[${path}][equals]=….` }
  }
  const field = fieldAt(fields, path)
  const kind = kindOf(path, field, idType)
  for (const [operator, value] of Object.entries(condition)) {
    const at = `${path}.${operator}`
    if (GEO_OPERATORS.has(operator)) {
      if (kind !== 'point') return { path: at, message: `"${operator}" kan alleen op een locatieveld; ${path} is dat niet.` }
      continue
    }
    if (LIST_OPERATORS.has(operator)) {
      const values = typeof value === 'string' ? value.split(',') : value
      if (!Array.isArray(values) || !values.every(isScalar)) return { path: at, message: `"${operator}" verwacht een lijst van waarden, gescheiden door komma's.` }
      for (const item of values) {
        const problem = checkValue(item, kind, operator)
        if (problem) return { path: at, message: problem }
      }
      continue
    }
    if (!SCALAR_OPERATORS.has(operator)) return { path: at, message: `Onbekende operator "${operator}".` }
    if (!isScalar(value)) return { path: at, message: `"${operator}" verwacht één waarde, geen samengestelde waarde.` }
    if (operator === 'exists' && !['true', 'false', true, false].includes(value as string | boolean)) {
      return { path: at, message: '"exists" verwacht true of false.' }
    }
    const problem = checkValue(value, kind, operator)
    if (problem) return { path: at, message: problem }
  }
  return undefined
}

/** The first problem in `where`, or undefined when the database can be asked. */
export function whereProblem(where: unknown, fields: FlattenedField[], idType: 'number' | 'text', prefix = 'where'): WhereProblem | undefined {
  if (where === undefined || where === null) return undefined
  if (typeof where !== 'object' || Array.isArray(where)) return { path: prefix, message: 'Een zoekopdracht (where) moet een object zijn.' }
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const parts = Array.isArray(value) ? value : value && typeof value === 'object' ? Object.values(value) : undefined
      if (!parts) return { path: `${prefix}.${key}`, message: `"${key}" verwacht een lijst van voorwaarden.` }
      for (const [index, part] of parts.entries()) {
        const problem = whereProblem(part, fields, idType, `${prefix}.${key}.${index}`)
        if (problem) return problem
      }
      continue
    }
    const problem = checkCondition(key, value, fields, idType)
    if (problem) return { ...problem, path: `${prefix}.${problem.path}` }
  }
  return undefined
}

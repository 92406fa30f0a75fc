/**
 * The columns of a collection's open-data CSV, derived from its zod schema
 * (so a new field gets a column without anyone listing it), and how a
 * document's value becomes one cell:
 *
 * - one row per document, one column per field; a field inside a group gets
 *   a dotted name (`questions.general`), as in the JSON;
 * - a list of values is one cell, the values joined with ` | ` in order;
 * - a list of records (an activity's steps, a table's rows) gives one column
 *   per field of the record (`steps.instruction`), each joined with ` | `,
 *   an absent value written as nothing, so the n-th value of every such
 *   column belongs to the n-th record; a list inside a record is joined
 *   with ` / `;
 * - yes/no is `ja` / `nee`; numbers stay numbers.
 */
import type { z } from 'zod'

export const LIST_SEPARATOR = ' | '
export const INNER_LIST_SEPARATOR = ' / '

export type Cell = string | number
export type Column = { name: string; cell(doc: unknown): Cell }

type Def = z.core.$ZodTypeDef & Record<string, unknown>
type Node = z.core.$ZodType

/** Looks through the wrappers zod puts around a type (optional, default, transforms). */
function unwrap(node: Node): Node {
  const def = node._zod.def as Def
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return unwrap(def.innerType as Node)
    case 'pipe':
      return unwrap(def.in as Node)
    default:
      return node
  }
}

/** The fields of an object-like type in order: objects, intersections and unions (every option's fields). */
function fieldsOf(node: Node): [string, Node][] | undefined {
  const def = unwrap(node)._zod.def as Def
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape as Record<string, Node>)
    case 'intersection':
      return merge([fieldsOf(def.left as Node) ?? [], fieldsOf(def.right as Node) ?? []])
    case 'union': {
      const options = (def.options as Node[]).map(fieldsOf)
      return options.every(Boolean) ? merge(options as [string, Node][][]) : undefined
    }
    default:
      return undefined
  }
}

function merge(lists: [string, Node][][]): [string, Node][] {
  const seen = new Map<string, Node>()
  for (const list of lists) for (const [key, node] of list) if (!seen.has(key)) seen.set(key, node)
  return [...seen]
}

/** A value as text inside a joined cell. */
function text(value: unknown, innerSeparator: string): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'boolean') return value ? 'ja' : 'nee'
  if (typeof value === 'number') return String(value).replace('.', ',')
  if (Array.isArray(value)) return value.map((item) => text(item, innerSeparator)).join(innerSeparator)
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

/** A value as one cell of its own: numbers stay numbers, lists are joined. */
function cell(value: unknown): Cell {
  if (typeof value === 'number') return value
  return text(value, LIST_SEPARATOR)
}

const at = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined

/** Every column of a document schema, in the schema's field order. */
export function columnsOf(schema: Node): Column[] {
  const columns: Column[] = []
  const walk = (node: Node, name: string, get: (doc: unknown) => unknown) => {
    const fields = fieldsOf(node)
    if (fields) {
      for (const [key, child] of fields) walk(child, name ? `${name}.${key}` : key, (doc) => at(get(doc), key))
      return
    }
    const def = unwrap(node)._zod.def as Def
    const records = def.type === 'array' ? fieldsOf(def.element as Node) : undefined
    if (!records) {
      columns.push({ name, cell: (doc) => cell(get(doc)) })
      return
    }
    // A list of records: one column per record field, values in record order.
    for (const [key] of records) {
      columns.push({
        name: `${name}.${key}`,
        cell: (doc) => {
          const list = get(doc)
          return Array.isArray(list) ? list.map((record) => text(at(record, key), INNER_LIST_SEPARATOR)).join(LIST_SEPARATOR) : ''
        },
      })
    }
  }
  walk(schema, '', (doc) => doc)
  return columns
}

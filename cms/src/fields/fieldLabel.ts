import type { Field } from 'payload'

/**
 * The label editors see for the field at a schema path, e.g. `['familiarity',
 * 'evidence']` → "Bekendheid onder hulpverleners (monitor, tabel 5.6) › Tabel".
 * List positions count from 1 ("Stappen 2 › Instructie"). Undefined when the
 * path leads nowhere in the fields.
 */
export function fieldLabel(fields: Field[], path: readonly PropertyKey[]): string | undefined {
  const parts: string[] = []
  let current: Field[] | undefined = fields
  for (const key of path) {
    if (typeof key === 'number') {
      if (parts.length) parts[parts.length - 1] += ` ${key + 1}`
      continue
    }
    const field: Field | undefined = current && findNamed(current, String(key))
    if (!field) return parts.length ? parts.join(' › ') : undefined
    const label = 'label' in field && typeof field.label === 'string' ? field.label : String(key)
    parts.push(label)
    current = 'fields' in field ? field.fields : undefined
  }
  return parts.length ? parts.join(' › ') : undefined
}

/** The field at a schema path (list positions skipped), or undefined when the path leads nowhere. */
export function fieldAt(fields: Field[], path: readonly PropertyKey[]): Field | undefined {
  let current: Field[] | undefined = fields
  let field: Field | undefined
  for (const key of path) {
    if (typeof key === 'number') continue
    field = current && findNamed(current, String(key))
    if (!field) return undefined
    current = 'fields' in field ? field.fields : undefined
  }
  return field
}

/** The named field among `fields`, looking through rows, collapsibles and unnamed tabs. */
function findNamed(fields: Field[], name: string): Field | undefined {
  for (const field of fields) {
    if ('name' in field && field.name === name) return field
    if (!('name' in field) && 'fields' in field) {
      const found = findNamed(field.fields, name)
      if (found) return found
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const found = 'name' in tab && tab.name === name ? (tab as unknown as Field) : findNamed(tab.fields, name)
        if (found) return found
      }
    }
  }
  return undefined
}

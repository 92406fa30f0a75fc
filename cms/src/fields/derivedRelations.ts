import type { CollectionSlug, Field, RelationshipField } from 'payload'
import { RELATION_FIELDS, type ContentCollectionSlug } from '@toolkit/schemas'

/** Marks a relationship field whose target comes from the schema (see `relation()` in common.ts). */
export const DERIVED_RELATION = 'derivedRelation'
/** Not a collection: Payload refuses the config if a relation was never derived. */
export const NOT_YET_DERIVED = 'relation-target-from-schema' as CollectionSlug

/**
 * Fills in each relationship field's target collection and `hasMany` from
 * the collection's schema (`RELATION_FIELDS`, derived from `ref(…)`), so a
 * relation is declared once. Throws when the fields and the schema disagree:
 * a relationship field the schema does not have, or a schema relation
 * without a field.
 */
export function withDerivedRelations(slug: ContentCollectionSlug, fields: Field[]): Field[] {
  const expected = RELATION_FIELDS[slug]
  const seen = new Set<string>()
  const walk = (list: Field[], prefix: string[]): Field[] =>
    list.map((field) => {
      const named = 'name' in field && field.name ? [...prefix, field.name] : prefix
      if (field.type === 'relationship' && field.custom?.[DERIVED_RELATION]) {
        const path = named.join('.')
        const target = expected[path]
        if (!target) throw new Error(`${slug}.${path}: het schema kent geen verwijzing op dit veld (gebruik ref(…) in @toolkit/schemas)`)
        seen.add(path)
        return { ...field, relationTo: target.collection, hasMany: target.many } as RelationshipField
      }
      if (field.type === 'group' || field.type === 'row' || field.type === 'collapsible') {
        return { ...field, fields: walk(field.fields, named) } as Field
      }
      if (field.type === 'tabs') {
        return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: walk(tab.fields, 'name' in tab && tab.name ? [...prefix, tab.name] : prefix) })) } as Field
      }
      return field
    })
  const derived = walk(fields, [])
  const missing = Object.keys(expected).filter((path) => !seen.has(path))
  if (missing.length > 0) throw new Error(`${slug}: het schema verwijst via ${missing.join(', ')}, maar de collectie heeft daar geen relation()-veld`)
  return derived
}

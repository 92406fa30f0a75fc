import type { z } from 'zod'
import { references } from './common.ts'
import { activitySchema } from './activity.ts'
import { caseSchema } from './case.ts'
import { evidenceSchema } from './evidence.ts'
import { fragmentSchema } from './fragment.ts'
import { guidanceSchema } from './guidance.ts'
import { interventionSchema } from './intervention.ts'
import { productionSchema } from './production.ts'
import type { ContentCollectionSlug } from './slugs.ts'
import { themeSchema } from './theme.ts'

/** The schema of every content collection, by slug. */
export const SCHEMAS = {
  themes: themeSchema,
  productions: productionSchema,
  fragments: fragmentSchema,
  activities: activitySchema,
  interventions: interventionSchema,
  evidence: evidenceSchema,
  cases: caseSchema,
  guidance: guidanceSchema,
} as const satisfies Record<ContentCollectionSlug, z.ZodType>

export type ContentDocument<C extends ContentCollectionSlug> = z.infer<(typeof SCHEMAS)[C]>

/** A relationship field: the collection it points to, and whether it holds a list. */
export type RelationField = { collection: ContentCollectionSlug; many: boolean }

/**
 * Every reference (`ref(collection)`) inside a schema, by dotted path:
 * `familiarity.evidence` → `{ collection: 'evidence', many: false }`.
 * Walks objects, lists, unions and the wrappers zod puts around them.
 */
export function relationsOf(schema: z.ZodType): Record<string, RelationField> {
  const found: Record<string, RelationField> = {}
  const walk = (node: z.core.$ZodType, path: string[], many: boolean): void => {
    const reference = references.get(node as z.ZodType)
    if (reference) {
      const at = path.join('.')
      const earlier = found[at]
      if (earlier && (earlier.collection !== reference.collection || earlier.many !== many)) {
        throw new Error(`${at} verwijst in varianten van hetzelfde schema naar verschillende collecties`)
      }
      found[at] = { collection: reference.collection, many }
      return
    }
    const def = node._zod.def as z.core.$ZodTypeDef & Record<string, unknown>
    switch (def.type) {
      case 'object':
        for (const [key, child] of Object.entries(def.shape as Record<string, z.core.$ZodType>)) walk(child, [...path, key], many)
        return
      case 'array':
        // A reference inside a list of objects has no dotted path of its own; none exists yet.
        if (many) return
        return walk(def.element as z.core.$ZodType, path, true)
      case 'union':
        for (const option of def.options as z.core.$ZodType[]) walk(option, path, many)
        return
      case 'intersection':
        walk(def.left as z.core.$ZodType, path, many)
        return walk(def.right as z.core.$ZodType, path, many)
      case 'pipe':
        return walk(def.in as z.core.$ZodType, path, many)
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'nonoptional':
      case 'readonly':
      case 'catch':
        return walk(def.innerType as z.core.$ZodType, path, many)
    }
  }
  walk(schema, [], false)
  return found
}

const mapSchemas = <T>(fn: (schema: z.ZodType) => T) =>
  Object.fromEntries(Object.entries(SCHEMAS).map(([slug, schema]) => [slug, fn(schema)])) as Record<ContentCollectionSlug, T>

/**
 * The relationship fields of each collection, derived from the schemas (each
 * `ref(collection)` in a schema is one): field path, target collection and
 * whether the field holds a list. The CMS builds its relationship fields from
 * this, the seed and the site check relations with it.
 */
export const RELATION_FIELDS: Record<ContentCollectionSlug, Record<string, RelationField>> = mapSchemas(relationsOf)

/**
 * The relationship fields of each collection and the collection they point
 * to (from `RELATION_FIELDS`). The seed importer resolves these slugs to ids;
 * the site loader turns populated relations back into slugs. Dotted paths
 * reach into groups.
 */
export const RELATIONS: Record<ContentCollectionSlug, Record<string, ContentCollectionSlug>> = mapSchemas((schema) =>
  Object.fromEntries(Object.entries(relationsOf(schema)).map(([path, field]) => [path, field.collection])),
)

import type { Activity } from './activity.ts'
import type { Case } from './case.ts'
import type { Evidence } from './evidence.ts'
import type { Fragment } from './fragment.ts'
import type { Guidance } from './guidance.ts'
import type { Intervention } from './intervention.ts'
import type { Production } from './production.ts'
import type { ContentCollectionSlug } from './slugs.ts'
import type { Theme } from './theme.ts'
import { QUESTION_KINDS } from './vocabularies.ts'
import type { z } from 'zod'
import { fieldLabelOf } from './fields.ts'
import { SCHEMAS } from './registry.ts'

/** One thing a document lacks: the field (its path, which the admin's edit view anchors) and its label. */
export type MissingField = {
  /** Dotted path of the field, e.g. `situation.who`; the edit view's anchor is `#field-situation__who`. */
  path: string
  /** The field's one label (fields.ts), with a count where it helps: "Reacties van hulpverleners (0 van 4)". */
  label: string
}

/**
 * How complete a document is, computed from its fields (never stored): what
 * an editor still has to fill in, in Dutch. Shown to editors in the CMS; the
 * public never sees it (DOMAIN.md: editors see what is missing, the public
 * sees what exists).
 */
export type Completeness = {
  /** True when nothing is missing. */
  complete: boolean
  /** What is missing, in the order of the admin form. */
  missing: MissingField[]
}

/**
 * A document as an editor may have it: any field can be absent or empty (a
 * draft), and the CMS gives empty fields as `null`.
 */
type Draft<T> = T extends unknown ? { [K in keyof T]?: T[K] | null } : never

/** One rule: the field at `path` is missing when `missing(doc)` holds; `count` adds what is there. */
type Rule<T> = { path: string; missing: (doc: Draft<T>) => boolean; count?: (doc: Draft<T>) => string }

/**
 * Whether a value holds anything an editor entered. A list counts by its
 * rows, and a row only by what is in it: an added but empty row ("Waar te
 * vinden" with neither name nor link) is no link, so the intervention was
 * called "Compleet" without one. A checkbox alone (the "Letterlijk" mark
 * beside a text) says nothing without its text.
 */
const filled = (value: unknown): boolean => {
  if (value === undefined || value === null || typeof value === 'boolean') return false
  if (typeof value === 'string') return value.trim() !== ''
  if (Array.isArray(value)) return value.some(filled)
  if (typeof value === 'object') return Object.values(value).some(filled)
  return true
}

const blank = (value: unknown): boolean => !filled(value)

/** The rows of a list that hold something (see `filled`). */
const filledRows = (value: unknown): number => (Array.isArray(value) ? value.filter(filled).length : 0)

/** The usual rule: the field at `path` is empty. */
function empty<T>(path: string): Rule<T> {
  return { path, missing: (doc) => blank(path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | null | undefined)?.[key], doc)) }
}

const themeRules: Rule<Theme>[] = [empty('description')]

const productionRules: Rule<Production>[] = [empty('summary'), empty('sessionGuide'), empty('tips'), empty('websiteUrl')]

const fragmentRules: Rule<Fragment>[] = [
  empty('description'),
  empty('videoUrl'),
  // Facilitators work through all four kinds, so each empty kind counts.
  ...QUESTION_KINDS.map(({ value }) => empty<Fragment>(`questions.${value}`)),
  empty('assignment'),
]

const activityRules: Rule<Activity>[] = [
  empty('summary'),
  empty('learningDomains'),
  empty('goals'),
  { path: 'durationMinutes', missing: (doc) => blank(doc.durationMinutes?.min) || blank(doc.durationMinutes?.max) },
  empty('steps'),
  empty('keyMessages'),
]

const interventionRules: Rule<Intervention>[] = [
  empty('aim'),
  empty('formats'),
  empty('provider'),
  // Empty until an editor looked it up; "the sources say nothing" is recorded in `sourcesSilent`.
  empty('evidenceLevel'),
  // The minutes drive the finder's duration filter; the text as the source words it is optional.
  empty('durationMinutes'),
  empty('links'),
]

const evidenceRules: Rule<Evidence>[] = [
  empty('summary'),
  { path: 'rows', missing: (doc) => doc.kind === 'survey-table' && blank(doc.rows) },
  { path: 'statement', missing: (doc) => doc.kind === 'key-finding' && blank(doc.statement) },
  { path: 'citation', missing: (doc) => doc.kind === 'key-finding' && blank(doc.citation?.authors) },
]

const caseRules: Rule<Case>[] = [
  empty('summary'),
  empty('situation.who'),
  empty('situation.wants'),
  empty('situation.happened'),
  empty('situation.problems'),
  { path: 'responses', missing: (doc) => filledRows(doc.responses) < 4, count: (doc) => `${filledRows(doc.responses)} van 4` },
]

const guidanceRules: Rule<Guidance>[] = [empty('intro'), empty('items')]

type Rules = { [C in ContentCollectionSlug]: Rule<any>[] }

/** Whether documents of this schema have a field `key` (in any of its kinds, for a union). */
function hasField(schema: z.ZodType, key: string): boolean {
  const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>
  if (def.type === 'object') return key in (def.shape as Record<string, unknown>)
  if (def.type === 'union') return (def.options as z.ZodType[]).some((option) => hasField(option, key))
  if (def.type === 'pipe') return hasField(def.in as z.ZodType, key)
  return false
}

/**
 * The collection's own rules, then the source document for every collection
 * whose documents cite one (the "Bron" group comes after the content in the
 * form): a draft without one is not complete, whatever else it has.
 */
const withSource = (collection: ContentCollectionSlug, rules: Rule<any>[]): Rule<any>[] =>
  hasField(SCHEMAS[collection], 'source') ? [...rules, empty('source.document')] : rules

/** The completeness rules of every content collection, in the order of the admin form. */
export const COMPLETENESS_RULES: Rules = {
  themes: withSource('themes', themeRules),
  productions: withSource('productions', productionRules),
  fragments: withSource('fragments', fragmentRules),
  activities: withSource('activities', activityRules),
  interventions: withSource('interventions', interventionRules),
  evidence: withSource('evidence', evidenceRules),
  cases: withSource('cases', caseRules),
  guidance: withSource('guidance', guidanceRules),
}

/**
 * The fields an editor may mark as "bronnen zeggen niets": those completeness
 * asks for that the schema lets stay empty on publish (a required field the
 * sources say nothing about cannot be published at all).
 */
export function silenceableFields(collection: ContentCollectionSlug): MissingField[] {
  return COMPLETENESS_RULES[collection]
    .filter((rule) => mayStayEmpty(SCHEMAS[collection], rule.path))
    .map((rule) => ({ path: rule.path, label: fieldLabelOf(collection, rule.path) }))
}

/** Whether a document passes the schema without the field at `path` (any optional step on the way will do). */
function mayStayEmpty(schema: z.ZodType, path: string): boolean {
  const walk = (node: z.ZodType, keys: string[]): boolean => {
    if (node.safeParse(undefined).success) return true
    const def = node._zod.def as z.core.$ZodTypeDef & Record<string, unknown>
    if (def.type === 'union') return (def.options as z.ZodType[]).some((option) => walk(option, keys))
    if (keys.length === 0) return false
    if (def.type === 'object') {
      const child = (def.shape as Record<string, z.ZodType>)[keys[0]!]
      return child ? walk(child, keys.slice(1)) : false
    }
    if (def.type === 'pipe') return walk(def.in as z.ZodType, keys)
    return false
  }
  return walk(schema, path.split('.'))
}

/**
 * What a document of `collection` still lacks, from its fields in the schema
 * shape. Works on drafts: absent, `null` and empty fields all count as
 * missing, unless the editors recorded that the sources say nothing about
 * them (`sourcesSilent`).
 */
export function completenessOf(collection: ContentCollectionSlug, doc: Record<string, unknown>): Completeness {
  const silent = new Set(Array.isArray(doc.sourcesSilent) ? (doc.sourcesSilent as string[]) : [])
  const missing = COMPLETENESS_RULES[collection]
    .filter((rule) => !silent.has(rule.path) && rule.missing(doc))
    .map((rule) => {
      const label = fieldLabelOf(collection, rule.path)
      return { path: rule.path, label: rule.count ? `${label} (${rule.count(doc)})` : label }
    })
  return { complete: missing.length === 0, missing }
}

/** "Compleet" or "3 ontbreken": the short form for list columns. */
export function completenessLabel(completeness: Completeness): string {
  const count = completeness.missing.length
  if (count === 0) return 'Compleet'
  return count === 1 ? '1 ontbreekt' : `${count} ontbreken`
}

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

const blank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0)

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
  { path: 'responses', missing: (doc) => (doc.responses?.length ?? 0) < 4, count: (doc) => `${doc.responses?.length ?? 0} van 4` },
]

const guidanceRules: Rule<Guidance>[] = [empty('intro'), empty('items')]

type Rules = { [C in ContentCollectionSlug]: Rule<any>[] }

/** The completeness rules of every content collection, in the order of the admin form. */
export const COMPLETENESS_RULES: Rules = {
  themes: themeRules,
  productions: productionRules,
  fragments: fragmentRules,
  activities: activityRules,
  interventions: interventionRules,
  evidence: evidenceRules,
  cases: caseRules,
  guidance: guidanceRules,
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

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

/**
 * How complete a document is, computed from its fields (never stored): what
 * an editor still has to fill in, in Dutch. Shown to editors in the CMS; the
 * public never sees it (DOMAIN.md: editors see what is missing, the public
 * sees what exists).
 */
export type Completeness = {
  /** True when nothing is missing. */
  complete: boolean
  /** What is missing, named as the admin form labels the field. */
  missing: string[]
}

/**
 * A document as an editor may have it: any field can be absent or empty (a
 * draft), and the CMS gives empty fields as `null`.
 */
type Draft<T> = T extends unknown ? { [K in keyof T]?: T[K] | null } : never

/** One rule: the name of what is missing, when `missing(doc)` holds. */
type Rule<T> = readonly [what: string | ((doc: Draft<T>) => string), missing: (doc: Draft<T>) => boolean]

const blank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0)

const themeRules: Rule<Theme>[] = [['Omschrijving', (doc) => blank(doc.description)]]

const productionRules: Rule<Production>[] = [
  ['Samenvatting', (doc) => blank(doc.summary)],
  ['Leidraad per fase', (doc) => blank(doc.sessionGuide)],
  ['Tips voor de gespreksleider', (doc) => blank(doc.tips)],
  ['Website', (doc) => blank(doc.websiteUrl)],
]

const fragmentRules: Rule<Fragment>[] = [
  ['Korte beschrijving', (doc) => blank(doc.description)],
  ['Videolink', (doc) => blank(doc.videoUrl)],
  // Facilitators work through all four kinds, so each empty kind counts.
  ...QUESTION_KINDS.map(({ value, label }): Rule<Fragment> => [label, (doc) => blank(doc.questions?.[value])]),
  ['Opdracht', (doc) => blank(doc.assignment)],
]

const activityRules: Rule<Activity>[] = [
  ['Samenvatting', (doc) => blank(doc.summary)],
  ['Leerdomeinen', (doc) => blank(doc.learningDomains)],
  ['Leerdoelen', (doc) => blank(doc.goals)],
  ['Duur', (doc) => blank(doc.durationMinutes?.min) || blank(doc.durationMinutes?.max)],
  ['Stappen', (doc) => blank(doc.steps)],
  ['Kernboodschappen', (doc) => blank(doc.keyMessages)],
]

const interventionRules: Rule<Intervention>[] = [
  ['Doel', (doc) => blank(doc.aim)],
  ['Vorm', (doc) => blank(doc.formats)],
  ['Aanbieder', (doc) => blank(doc.provider)],
  // "Onbekend" means no source says anything about a rating: an editor still has to look it up.
  ['Erkenningsniveau', (doc) => blank(doc.evidenceLevel) || doc.evidenceLevel === 'unknown'],
  ['Duur', (doc) => blank(doc.duration) && blank(doc.durationMinutes)],
  ['Link naar de methode', (doc) => blank(doc.links)],
]

const evidenceRules: Rule<Evidence>[] = [
  ['Samenvatting', (doc) => blank(doc.summary)],
  ['Rijen', (doc) => doc.kind === 'survey-table' && blank(doc.rows)],
  ['Bevinding', (doc) => doc.kind === 'key-finding' && blank(doc.statement)],
  ['Bronvermelding', (doc) => doc.kind === 'key-finding' && blank(doc.citation?.authors)],
]

const caseRules: Rule<Case>[] = [
  ['Inleiding', (doc) => blank(doc.summary)],
  ['Situatie: om wie het gaat', (doc) => blank(doc.situation?.who)],
  ['Situatie: wat de persoon wil', (doc) => blank(doc.situation?.wants)],
  ['Situatie: wat er is gebeurd', (doc) => blank(doc.situation?.happened)],
  ['Situatie: welke problematiek speelt', (doc) => blank(doc.situation?.problems)],
  [
    (doc) => `Reacties van hulpverleners (${doc.responses?.length ?? 0} van 4)`,
    (doc) => (doc.responses?.length ?? 0) < 4,
  ],
]

const guidanceRules: Rule<Guidance>[] = [
  ['Inleiding', (doc) => blank(doc.intro)],
  ['Punten', (doc) => blank(doc.items)],
]

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
 * What a document of `collection` still lacks, from its fields in the schema
 * shape. Works on drafts: absent, `null` and empty fields all count as missing.
 */
export function completenessOf(collection: ContentCollectionSlug, doc: Record<string, unknown>): Completeness {
  const missing = COMPLETENESS_RULES[collection]
    .filter(([, isMissing]) => isMissing(doc))
    .map(([what]) => (typeof what === 'function' ? what(doc) : what))
  return { complete: missing.length === 0, missing }
}

/** "Compleet" or "3 ontbreken": the short form for list columns. */
export function completenessLabel(completeness: Completeness): string {
  const count = completeness.missing.length
  if (count === 0) return 'Compleet'
  return count === 1 ? '1 ontbreekt' : `${count} ontbreken`
}

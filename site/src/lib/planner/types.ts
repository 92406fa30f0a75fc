/**
 * The session planner's data: what a facilitator asks for (`PlanInput`), the
 * content it plans with (`PlannerCatalog`, a public subset of the snapshot) and
 * the plan itself (`Plan`, a list of timed parts in the guide's phases).
 * Everything here is plain JSON: it goes into the island's props and the URL.
 */
import type { Audience, QuestionKind, StigmaType } from '@toolkit/schemas'

/** A vocabulary entry with its Dutch label (copied from `@toolkit/schemas`, so the browser needs no zod). */
export type Label<V extends string = string> = { value: V; label: string }

/** What the facilitator asks for. */
export type PlanInput = {
  /** Time available in minutes: 60 to 240, in steps of 15. */
  minutes: number
  /** Who the session is for (AUDIENCES). */
  audience: Audience
  /** Theme slugs; empty: any theme. */
  themes: string[]
  /** Stigma types; empty: any. */
  stigmaTypes: StigmaType[]
  /** Number of participants. */
  groupSize: number
  /** True when an experience expert co-facilitates. */
  coFacilitator: boolean
  /** Day of the session, `YYYY-MM-DD`. */
  date?: string
  /** Start time, `HH:MM`. */
  start?: string
}

/** The guide's phases, in the order a session runs. Preparation and follow-up are not timed. */
export const PHASES = ['preparation', 'opening', 'theory', 'fragments', 'activities', 'actions', 'closing', 'followup'] as const
export type Phase = (typeof PHASES)[number]

/** One timed part of the meeting. */
export type PlanItem =
  | { kind: 'opening'; minutes: number }
  /** Theory on stigma with two to four key findings (evidence slugs), in order. */
  | { kind: 'theory'; minutes: number; figures: string[] }
  | { kind: 'fragment'; minutes: number; slug: string }
  | { kind: 'activity'; minutes: number; slug: string }
  /** Top 3 of action points and a plan per point. */
  | { kind: 'actions'; minutes: number }
  /** Summary, owners of the action points, evaluation. */
  | { kind: 'closing'; minutes: number }

export type ItemKind = PlanItem['kind']

/** Something the planner tells the facilitator about the plan. */
export type PlanNotice = {
  kind: 'input' | 'left-out' | 'nearest' | 'extra-time' | 'edit'
  text: string
}

export type Plan = {
  input: PlanInput
  /** The meeting's parts in running order; their minutes add up to `input.minutes`. */
  items: PlanItem[]
  notices: PlanNotice[]
}

/** A key finding as the planner shows it: figure, statement and where it comes from. */
export type CatalogFinding = {
  slug: string
  title: string
  figure?: string
  statement: string
  points: string[]
  /** "Schulze (2007)" or the source document, as the content gives it. */
  citation: string
  /** True when the finding cites a study (not only the source document). */
  cited: boolean
  themes: string[]
  stigmaTypes: StigmaType[]
}

export type CatalogFragment = {
  slug: string
  number: number
  title: string
  durationSeconds: number
  /** "5 min 15 s" */
  duration: string
  videoUrl?: string
  questionSheetUrl?: string
  questions: Record<QuestionKind, string[]>
  assignment?: string
  themes: string[]
  stigmaTypes: StigmaType[]
  audiences: Audience[]
  /** Site path of the fragment's page. */
  path: string
}

export type CatalogActivity = {
  slug: string
  title: string
  summary: string
  durationMinutes: { min: number; max: number }
  materials: Array<{ name: string; optional: boolean }>
  keyMessages: string[]
  themes: string[]
  stigmaTypes: StigmaType[]
  audiences: Audience[]
  path: string
}

/**
 * The published content the planner needs, and nothing else: fields are
 * picked one by one, so editors' notes can never reach the planner, its print
 * or its PDF.
 */
export type PlannerCatalog = {
  production?: {
    slug: string
    title: string
    path: string
    websiteUrl?: string
    /** The session guide's phases with their actions, as in the content. */
    guide: Array<{ title: string; actions: string[] }>
    tips: Array<{ title: string; text: string }>
    /** Source of the guide, for the run sheet's footer. */
    source: { title: string; publisher: string | null; location?: string }
    updatedAt: string
  }
  themes: Array<{ slug: string; name: string }>
  /** The vocabularies the planner shows, with their Dutch labels. */
  labels: { audiences: Label<Audience>[]; stigmaTypes: Label<StigmaType>[]; questionKinds: Label<QuestionKind>[] }
  fragments: CatalogFragment[]
  activities: CatalogActivity[]
  findings: CatalogFinding[]
  /** How often two themes are tagged on the same document: `cooccurrence[a][b]`. */
  cooccurrence: Record<string, Record<string, number>>
}

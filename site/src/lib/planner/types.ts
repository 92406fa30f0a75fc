/**
 * The session planner's data: what a facilitator asks for (`PlanInput`), the
 * content it plans with (`PlannerCatalog`, a public subset of the snapshot:
 * the small `PlannerShell` and the `PlannerIndex` of everything to choose
 * from), the texts of the chosen items (`PlannerDetails`, loaded per item) and
 * the plan itself (`Plan`, a list of timed parts in the guide's phases).
 * Everything here is plain JSON: it goes into the island's props, its data
 * files and the URL.
 */
import type { AttachmentLink } from '../view/attachments.ts'
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

/**
 * A key finding as the planner chooses it: what ranking and the "add a key
 * finding" picker need. Its text is in `FindingDetails`.
 */
export type CatalogFinding = {
  slug: string
  title: string
  figure?: string
  /** True when the finding cites a study (not only the source document). */
  cited: boolean
  themes: string[]
  stigmaTypes: StigmaType[]
}

/** A fragment as the planner chooses it; its questions and links are in `FragmentDetails`. */
export type CatalogFragment = {
  slug: string
  number: number
  title: string
  durationSeconds: number
  /** "5 min 15 s" */
  duration: string
  themes: string[]
  stigmaTypes: StigmaType[]
  audiences: Audience[]
  /** Site path of the fragment's page. */
  path: string
}

/** An activity as the planner chooses it; its summary, materials and key messages are in `ActivityDetails`. */
export type CatalogActivity = {
  slug: string
  title: string
  durationMinutes: { min: number; max: number }
  themes: string[]
  stigmaTypes: StigmaType[]
  audiences: Audience[]
  path: string
}

/**
 * What every plan needs whatever it holds, small and fixed in size: the
 * production's guide and tips, the themes and the vocabularies. The page
 * gives it to the island directly.
 */
export type PlannerShell = {
  production?: {
    slug: string
    title: string
    path: string
    websiteUrl?: string
    /** The session guide's phases with their actions, as in the content. */
    guide: Array<{ title: string; actions: string[] }>
    tips: Array<{ title: string; text: string }>
    /** The production's own files (e.g. the session's slides), for the preparation; absent when there are none. */
    attachments?: AttachmentLink[]
    /** Source of the guide, for the run sheet's footer. */
    source: { title: string; publisher: string | null; location?: string }
    updatedAt: string
  }
  /** `stigmaType`: the stigma type a theme of the same name stands for ("Zelfstigma"); the planner shows it once, as the theme. */
  themes: Array<{ slug: string; name: string; stigmaType?: StigmaType }>
  /** The vocabularies the planner shows, with their Dutch labels (no stigma type that is a theme). */
  labels: { audiences: Label<Audience>[]; stigmaTypes: Label<StigmaType>[]; questionKinds: Label<QuestionKind>[] }
}

/**
 * What the planner chooses from: every fragment, activity and key finding,
 * with only what planning, ranking and the pickers need. It grows with the
 * content, so the island fetches it as a separate file (`packed.ts`).
 */
export type PlannerIndex = {
  fragments: CatalogFragment[]
  activities: CatalogActivity[]
  findings: CatalogFinding[]
  /** How often two themes are tagged on the same document: `cooccurrence[a][b]`. */
  cooccurrence: Record<string, Record<string, number>>
}

/**
 * The published content the planner plans with, and nothing else: fields are
 * picked one by one, so editors' notes can never reach the planner, its print
 * or its PDF.
 */
export type PlannerCatalog = PlannerShell & PlannerIndex

/** What the run sheet shows of a fragment in the plan, loaded when it enters the plan. */
export type FragmentDetails = {
  videoUrl?: string
  questionSheetUrl?: string
  questions: Record<QuestionKind, string[]>
  assignment?: string
  /** Files to download (Bijlagen); absent when there are none. */
  attachments?: AttachmentLink[]
}

/** One numbered step of an activity, with what the facilitator says or watches for at that step. */
export type ActivityStep = {
  instruction: string
  /** "Opmerking voor de gespreksleider". */
  facilitatorRemark?: string
  /** "Tekstsuggestie": what the facilitator can say. */
  suggestedText?: string
  /** Set when the suggested text is word for word from the source (shown as a quote); absent: our own words. */
  suggestedTextVerbatim?: true
}

/** What the run sheet shows of an activity in the plan: enough to run it without its own page. */
export type ActivityDetails = {
  summary: string
  goals: string[]
  /** Set when the goals are word for word from the source (shown as a quote); absent: our own words. */
  goalsVerbatim?: true
  materials: Array<{ name: string; optional: boolean }>
  steps: ActivityStep[]
  keyMessages: string[]
  /** Set when the key messages are word for word from the source; absent: our own words. */
  keyMessagesVerbatim?: true
  /** Files to download (Bijlagen); absent when there are none. */
  attachments?: AttachmentLink[]
}

/** What the run sheet shows of a key finding in the theory. */
export type FindingDetails = {
  statement: string
  points: string[]
  /** "Schulze (2007)" or the source document, as the content gives it. */
  citation: string
}

/** The kinds of content whose details are loaded one by one. */
export type DetailKind = 'fragment' | 'activity' | 'finding'

/**
 * Details by kind and slug: in the build all of them, in the browser those
 * loaded so far (the items in the plan). A missing entry is not loaded yet.
 */
export type PlannerDetails = {
  fragment: Record<string, FragmentDetails>
  activity: Record<string, ActivityDetails>
  finding: Record<string, FindingDetails>
}

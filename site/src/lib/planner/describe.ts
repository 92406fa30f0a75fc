/**
 * The plan as a run sheet (draaiboek): every part with its times, the reason
 * it is there, the guide's actions, key findings with citations, questions
 * or where to find them, materials and tips. The page, the print view and
 * the PDF all show this one description. Content texts are copied as they
 * are; only the planner's own labels are written here. The texts of the
 * chosen items come from `details`; a part whose texts are not there yet is
 * marked `missing` (the page shows it is loading; print and PDF wait).
 */
import { askedNames, labelIn, rankCandidates, themeName } from './fit.ts'
import { followUpDates, formatDutchDate } from './calendar.ts'
import { structureTitle } from './part-names.ts'
import { isShort, SHORT_BELOW } from './rules.ts'
// The names only, without the schemas (this runs in the browser too).
import { CONTENT_TYPES } from '@toolkit/schemas/content-types'
import { QUESTION_PDF } from '../view/pointers.ts'
import type { ActivityStep, Phase, Plan, PlanItem, PlannerCatalog, PlannerDetails } from './types.ts'
import type { AttachmentLink } from '../view/attachments.ts'

export type Tip = { title: string; text: string }

export type SheetPart = {
  /** Index of the item in `plan.items`. */
  index: number
  phase: Phase
  kind: PlanItem['kind']
  title: string
  minutes: number
  /** "13:30" when a start time was given, otherwise "0:00" (time since the start). */
  start: string
  end: string
  /** Why the part is there, e.g. "past bij zelfstigma; 20–25 min". */
  reason?: string
  /** The guide's actions for this part. */
  steps: string[]
  figures?: Array<{ slug: string; title: string; figure?: string; statement: string; points: string[]; citation: string }>
  questions?: Array<{ label: string; items: string[] }>
  assignment?: string
  /** Where the questions are when the toolkit does not have them yet. */
  questionSheet?: { text: string; url: string }
  videoUrl?: string
  /** Site path of the fragment or activity. */
  path?: string
  /** The fragment's or activity's own title, for the link to its page. */
  name?: string
  summary?: string
  /** An activity's learning goals, its numbered steps with the facilitator's notes, as the content has them. */
  goals?: string[]
  /** Set when the goals (key messages) are word for word from the source: shown as quotes. */
  goalsVerbatim?: true
  activitySteps?: ActivityStep[]
  materials?: string[]
  keyMessages?: string[]
  keyMessagesVerbatim?: true
  /** The item's files (Bijlagen): each linked here, on its part, and nowhere else. */
  attachments?: AttachmentLink[]
  tips: Tip[]
  /** True while the texts of this part (questions, materials, statements) are not loaded yet. */
  missing?: true
}

export type RunSheet = {
  title: string
  /** Label–value pairs: time, group, themes, size, co-facilitator, date. */
  facts: Array<[string, string]>
  total: number
  /** `attachments`: the production's own files (the session's slides, a handout), to fetch before the session. */
  preparation: { checklist: string[]; materials: string[]; attachments: AttachmentLink[]; tips: Tip[] }
  parts: SheetPart[]
  /** Columns of the action-point template. */
  actionTemplate: string[]
  /** Rows of the action-point template: three (the guide's top 3), one in a short plan. */
  actionRows: number
  followUp: { steps: string[]; dates: string[] }
  /** Tips that belong to no part in particular. */
  tips: Tip[]
  notices: string[]
}

export const ACTION_TEMPLATE = ['Actiepunt', 'Wat gaan we doen', 'Wie', 'Wanneer']

/** The planner's proposal for a short slot, in place of the guide's top 3 (which needs a full session). */
export const ONE_ACTION_POINT = 'Kies met de groep één actiepunt voor destigmatiserend werken en spreek af wie het oppakt en wanneer.'

const PHASE_OF: Record<PlanItem['kind'], Phase> = {
  opening: 'opening',
  theory: 'theory',
  fragment: 'fragments',
  activity: 'activities',
  actions: 'actions',
  closing: 'closing',
}

/** The guide's actions per phase, found by the phase titles (by position when titles differ). */
function guideActions(catalog: PlannerCatalog): Record<Phase, string[]> {
  const guide = catalog.production?.guide ?? []
  const find = (pattern: RegExp, position: number) => guide.find((phase) => pattern.test(phase.title)) ?? guide[position]
  const result: Record<Phase, string[]> = { preparation: [], opening: [], theory: [], fragments: [], activities: [], actions: [], closing: [], followup: [] }
  result.preparation = [...(find(/voorbereiding/i, 0)?.actions ?? [])]
  for (const action of find(/bijeenkomst/i, 1)?.actions ?? []) {
    if (/theorie/i.test(action)) result.theory.push(action)
    else if (/fragment/i.test(action) && !/actiepunt/i.test(action)) result.fragments.push(action)
    else if (/actiepunt/i.test(action)) result.actions.push(action)
    else result.opening.push(action)
  }
  result.closing = [...(find(/afsluiting/i, 2)?.actions ?? [])]
  result.followup = [...(find(/opvolging/i, 3)?.actions ?? [])]
  return result
}

/** Where a tip of the guide applies, by its title. */
function placeTips(catalog: PlannerCatalog, plan: Plan): Record<Phase | 'general', Tip[]> {
  const places: Record<Phase | 'general', Tip[]> = {
    preparation: [], opening: [], theory: [], fragments: [], activities: [], actions: [], closing: [], followup: [], general: [],
  }
  const hasFragments = plan.items.some((item) => item.kind === 'fragment')
  const discussion: Phase = hasFragments ? 'fragments' : 'activities'
  for (const tip of catalog.production?.tips ?? []) {
    const title = tip.title
    // Tips about the films belong to the fragments: without a fragment in the plan they leave with it.
    if (/ervaringsdeskundige/i.test(title)) places[plan.input.coFacilitator ? discussion : 'preparation'].push(tip)
    else if (/improvis|geïmproviseerd/i.test(title)) {
      if (hasFragments) places.opening.push(tip)
    } else if (/gesprek bij|stigmatisering\)?$/i.test(title)) {
      if (hasFragments) places.fragments.push(tip)
    } else if (/vier soorten vragen|opdracht/i.test(title)) {
      if (hasFragments) places.fragments.push(tip)
    } else if (/gevoelig/i.test(title)) places.opening.push(tip)
    else if (/tijd per onderdeel/i.test(title)) places.preparation.push(tip)
    else places.general.push(tip)
  }
  return places
}

/** "13:30" + 25 → "13:55"; without a start time the clock starts at 0:00. */
export function clock(start: string | undefined, offset: number): string {
  const [hours, minutes] = (start ?? '0:00').split(':').map(Number) as [number, number]
  const total = hours * 60 + minutes + offset
  const h = Math.floor(total / 60) % 24
  const m = total % 60
  return start ? `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}` : `${h}:${String(m).padStart(2, '0')}`
}

/** One line on why a fragment or activity is in the plan. */
export function reasonOf(item: PlanItem, plan: Plan, catalog: PlannerCatalog): string | undefined {
  if (item.kind !== 'fragment' && item.kind !== 'activity') return undefined
  const doc = item.kind === 'fragment' ? catalog.fragments.find((f) => f.slug === item.slug) : catalog.activities.find((a) => a.slug === item.slug)
  if (!doc) return undefined
  const candidate = rankCandidates(plan.input, catalog).find((c) => c.kind === item.kind && c.slug === item.slug)
  const own = doc.themes.map((slug) => themeName(catalog, slug).toLocaleLowerCase('nl'))
  const ownText = own.length ? `thema ${own.join(', ')}` : 'zonder thema'
  const asked = askedNames(plan.input, catalog).map((name) => name.toLocaleLowerCase('nl'))
  const fit =
    candidate?.fit === 'match'
      ? `past bij ${candidate.matched.map((name) => name.toLocaleLowerCase('nl')).join(' en ')}`
      : candidate?.fit === 'nearest'
        ? `het dichtst bij ${asked.join(' of ')} (${ownText})`
        : candidate?.fit === 'any'
          ? ownText
          : `zelf gekozen (${ownText})`
  const duration =
    item.kind === 'fragment'
      ? `film ${(doc as { duration: string }).duration} + gesprek`
      : `${(doc as { durationMinutes: { min: number; max: number } }).durationMinutes.min}–${(doc as { durationMinutes: { min: number; max: number } }).durationMinutes.max} min`
  return `${fit}; ${duration}`
}

export function describePlan(plan: Plan, catalog: PlannerCatalog, details: PlannerDetails): RunSheet {
  const actions = guideActions(catalog)
  const tips = placeTips(catalog, plan)
  const { input } = plan
  let offset = 0
  const parts: SheetPart[] = plan.items.map((item, index) => {
    const phase = PHASE_OF[item.kind]
    const start = clock(input.start, offset)
    offset += item.minutes
    const base: SheetPart = {
      index,
      phase,
      kind: item.kind,
      title: partTitle(item, catalog, input.minutes),
      minutes: item.minutes,
      start,
      end: clock(input.start, offset),
      steps: phase === 'actions' && isShort(input.minutes) ? [ONE_ACTION_POINT] : [...actions[phase]],
      tips: phaseTips(tips, phase, plan, index),
    }
    const reason = reasonOf(item, plan, catalog)
    if (reason) base.reason = reason
    if (item.kind === 'theory') {
      base.figures = item.figures.flatMap((slug) => {
        const finding = catalog.findings.find((candidate) => candidate.slug === slug)
        const text = details.finding[slug]
        if (finding && !text) base.missing = true
        return finding && text
          ? [{ slug, title: finding.title, ...(finding.figure ? { figure: finding.figure } : {}), statement: text.statement, points: [...text.points], citation: text.citation }]
          : []
      })
    }
    if (item.kind === 'fragment') {
      const fragment = catalog.fragments.find((candidate) => candidate.slug === item.slug)
      const more = details.fragment[item.slug]
      if (fragment) Object.assign(base, { path: fragment.path, name: fragment.title })
      if (fragment && !more) base.missing = true
      if (fragment && more) {
        if (more.videoUrl) base.videoUrl = more.videoUrl
        // A short slot takes the core questions: the first of each kind, in the guide's order of kinds.
        const take = (items: string[]) => (isShort(input.minutes) ? items.slice(0, 1) : [...items])
        base.questions = catalog.labels.questionKinds.map(({ value, label }) => ({ label, items: take(more.questions[value]) })).filter((group) => group.items.length > 0)
        if (more.assignment) base.assignment = more.assignment
        if (more.attachments?.length) base.attachments = more.attachments.map((link) => ({ ...link }))
        const complete = catalog.labels.questionKinds.every(({ value }) => more.questions[value].length > 0) && Boolean(more.assignment)
        if (!complete && more.questionSheetUrl) {
          base.questionSheet = {
            // A pointer to where the material lives, never a note about what the toolkit lacks (DOMAIN.md).
            text: base.questions.length ? QUESTION_PDF.also : QUESTION_PDF.intro,
            url: more.questionSheetUrl,
          }
        }
      }
    }
    if (item.kind === 'activity') {
      const activity = catalog.activities.find((candidate) => candidate.slug === item.slug)
      const more = details.activity[item.slug]
      if (activity) Object.assign(base, { path: activity.path, name: activity.title })
      if (activity && !more) base.missing = true
      if (activity && more) {
        base.summary = more.summary
        base.goals = [...more.goals]
        if (more.goalsVerbatim) base.goalsVerbatim = true
        base.activitySteps = more.steps.map((step) => ({ ...step }))
        base.materials = more.materials.map(materialName)
        base.keyMessages = [...more.keyMessages]
        if (more.keyMessagesVerbatim) base.keyMessagesVerbatim = true
        if (more.attachments?.length) base.attachments = more.attachments.map((link) => ({ ...link }))
      }
    }
    return base
  })

  const materials = [...new Set(parts.flatMap((part) => part.materials ?? []))]
  const themes = askedNames(input, catalog)
  const facts: Array<[string, string]> = [
    ['Tijd', `${input.minutes} minuten`],
    ['Groep', `${labelIn(catalog.labels.audiences, input.audience)}, ${input.groupSize} deelnemers`],
    ['Thema’s', themes.length ? themes.join(', ') : 'geen voorkeur'],
    ['Ervaringsdeskundige', input.coFacilitator ? 'leidt mee als co-trainer' : 'geen co-trainer'],
  ]
  if (input.date) facts.push(['Datum', `${formatDutchDate(input.date)}${input.start ? `, ${input.start}–${clock(input.start, input.minutes)}` : ''}`])
  else if (input.start) facts.push(['Tijdstip', `${input.start}–${clock(input.start, input.minutes)}`])

  return {
    title: themes.length ? `Teambijeenkomst over ${themes.join(' en ').toLocaleLowerCase('nl')}` : 'Teambijeenkomst over stigma',
    facts,
    total: plan.items.reduce((sum, item) => sum + item.minutes, 0),
    // Links are printed once, on the part that uses them (the film and the question sheet), not again in a list here.
    preparation: { checklist: actions.preparation, materials, attachments: (catalog.production?.attachments ?? []).map((link) => ({ ...link })), tips: tips.preparation },
    parts,
    actionTemplate: ACTION_TEMPLATE,
    actionRows: isShort(input.minutes) ? 1 : 3,
    followUp: { steps: actions.followup, dates: input.date ? followUpDates(input.date).map(formatDutchDate) : [] },
    tips: tips.general,
    notices: plan.notices.map((notice) => notice.text),
  }
}

function materialName(material: { name: string; optional: boolean }): string {
  return material.optional ? `${material.name} (optioneel)` : material.name
}

/** Tips of a phase, on its first part only. */
function phaseTips(tips: Record<Phase | 'general', Tip[]>, phase: Phase, plan: Plan, index: number): Tip[] {
  const first = plan.items.findIndex((item) => PHASE_OF[item.kind] === phase)
  return first === index ? [...tips[phase]] : []
}

export function partTitle(item: PlanItem, catalog: PlannerCatalog, minutes = SHORT_BELOW): string {
  switch (item.kind) {
    case 'fragment': {
      const fragment = catalog.fragments.find((candidate) => candidate.slug === item.slug)
      return fragment ? `${CONTENT_TYPES.fragments.singular} ${fragment.number}: ${fragment.title}` : CONTENT_TYPES.fragments.singular
    }
    case 'activity':
      return `${CONTENT_TYPES.activities.singular}: ${catalog.activities.find((candidate) => candidate.slug === item.slug)?.title ?? item.slug}`
    default:
      return structureTitle(item.kind, minutes)
  }
}



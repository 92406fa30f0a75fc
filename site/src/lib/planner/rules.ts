/**
 * The planner's rules of thumb, in one place: bounds of the time, minutes per
 * part of the meeting (shortest, preferred, longest) and how many key findings
 * the theory gets. The guide leaves the time per part to the facilitator
 * ("Bepaal voor jezelf hoeveel tijd ieder onderdeel kost"); these are the
 * planner's suggestions, not content.
 */
import type { CatalogFragment, PlanInput, PlanItem, PlannerCatalog } from './types.ts'

/**
 * The times the form offers: a slot in a team meeting or peer review (20, 30,
 * 45 minutes) up to a 4-hour session, by 15 minutes from an hour on.
 */
export const TIME_STEPS: readonly number[] = [20, 30, 45, ...Array.from({ length: 13 }, (_, i) => 60 + i * 15)]
export const MIN_MINUTES = TIME_STEPS[0]!
export const MAX_MINUTES = TIME_STEPS.at(-1)!
/** An edited plan may end on any multiple of this (a part made longer lets the total grow). */
export const EDIT_STEP_MINUTES = 5
/**
 * Below this a plan is short: one fragment or one activity with its core
 * questions and one action point, no theory block (a slot in a team meeting).
 */
export const SHORT_BELOW = 60
export const MIN_GROUP = 2
export const MAX_GROUP = 60

export const DEFAULT_INPUT: PlanInput = {
  minutes: 90,
  audience: 'teams',
  themes: [],
  stigmaTypes: [],
  groupSize: 12,
  coFacilitator: false,
}

export type MinutesRange = {
  min: number
  pref: number
  max: number
  /** True when `max` is a fact of the content (an activity's 20–25 minutes) and may never be exceeded. */
  hard: boolean
}

const up5 = (minutes: number) => Math.ceil(minutes / 5) * 5

/** Whole minutes the film itself runs (5 min 15 s → 6). */
export function watchMinutes(fragment: Pick<CatalogFragment, 'durationSeconds'>): number {
  return Math.ceil(fragment.durationSeconds / 60)
}

/** True for a slot in a team meeting: one content part, no theory, one action point. */
export function isShort(minutes: number): boolean {
  return minutes < SHORT_BELOW
}

/** The nearest time the form offers (ties go to the longer). */
export function nearestStep(minutes: number): number {
  return TIME_STEPS.reduce((best, step) => (Math.abs(step - minutes) <= Math.abs(best - minutes) ? step : best), TIME_STEPS[0]!)
}

/** How many key findings the theory shows for a session of this length: two to four. */
export function figureCount(minutes: number): number {
  return minutes < 90 ? 2 : minutes < 150 ? 3 : 4
}

/** The range of minutes a part can take in a session of `input.minutes`. */
export function rangeOf(item: PlanItem, input: PlanInput, catalog: PlannerCatalog): MinutesRange {
  if (isShort(input.minutes)) return shortRangeOf(item, catalog)
  const short = input.minutes <= 60
  switch (item.kind) {
    case 'opening':
      return { min: 5, pref: input.groupSize > 12 ? 15 : 10, max: 20, hard: false }
    case 'theory':
      return { min: 5, pref: short ? 10 : 15, max: Math.max(15, 10 + 5 * item.figures.length), hard: false }
    case 'fragment': {
      const fragment = catalog.fragments.find((candidate) => candidate.slug === item.slug)
      const watch = fragment ? watchMinutes(fragment) : 5
      return { min: up5(watch + 10), pref: up5(watch + 15), max: up5(watch + 35), hard: false }
    }
    case 'activity': {
      const activity = catalog.activities.find((candidate) => candidate.slug === item.slug)
      const range = activity?.durationMinutes ?? { min: 20, max: 20 }
      return { min: range.min, pref: range.min, max: range.max, hard: true }
    }
    case 'actions':
      return { min: 10, pref: short ? 10 : 15, max: 30, hard: false }
    case 'closing':
      return { min: 5, pref: short ? 5 : 10, max: 15, hard: false }
  }
}

/**
 * A slot in a team meeting: a word of welcome and the aim, the one part, one
 * action point and who owns it. The film needs its own minutes plus a short
 * talk; an activity keeps its range from the content.
 */
function shortRangeOf(item: PlanItem, catalog: PlannerCatalog): MinutesRange {
  switch (item.kind) {
    case 'opening':
      return { min: 2, pref: 3, max: 5, hard: false }
    case 'theory':
      return { min: 5, pref: 5, max: 10, hard: false }
    case 'fragment': {
      const fragment = catalog.fragments.find((candidate) => candidate.slug === item.slug)
      const watch = fragment ? watchMinutes(fragment) : 5
      return { min: watch + 6, pref: up5(watch + 14), max: up5(watch + 30), hard: false }
    }
    case 'activity': {
      const activity = catalog.activities.find((candidate) => candidate.slug === item.slug)
      const range = activity?.durationMinutes ?? { min: 20, max: 20 }
      return { min: range.min, pref: range.min, max: range.max, hard: true }
    }
    case 'actions':
      return { min: 3, pref: 5, max: 10, hard: false }
    case 'closing':
      return { min: 2, pref: 2, max: 5, hard: false }
  }
}

/**
 * Which fragments and activities a plan holds: the candidates in order of
 * fit, taken while they fit the time; and what the selection would be at
 * other times (for the notices on what was left out).
 */
import { rankCandidates, type Candidate } from './fit.ts'
import { isShort, rangeOf } from './rules.ts'
import { contentItem, structural, structureBefore, STRUCTURE_AFTER } from './structure.ts'
import type { PlanInput, PlannerCatalog } from './types.ts'

export type Selection = { selected: Candidate[]; leftOut: Candidate[]; candidates: Candidate[] }

/**
 * Takes candidates in order while the structure at its shortest plus the
 * chosen items at their preferred length fit the time.
 */
export function select(input: PlanInput, catalog: PlannerCatalog): Selection {
  const candidates = rankCandidates(input, catalog)
  const structureMin = [...structureBefore(input), ...STRUCTURE_AFTER]
    .map((kind) => rangeOf(structural(kind, []), input, catalog).min)
    .reduce((sum, minutes) => sum + minutes, 0)
  let used = structureMin
  const selected: Candidate[] = []
  const leftOut: Candidate[] = []
  // A short plan holds the best single part that fits at its shortest; a longer one fills up at the preferred lengths.
  const short = isShort(input.minutes)
  for (const candidate of candidates) {
    const range = rangeOf(contentItem(candidate), input, catalog)
    const needed = short ? range.min : range.pref
    if (short && selected.length > 0) leftOut.push(candidate)
    else if (used + needed <= input.minutes) {
      selected.push(candidate)
      used += needed
    } else leftOut.push(candidate)
  }
  return { selected, leftOut, candidates }
}

export const candidateKey = (candidate: Candidate) => `${candidate.kind}/${candidate.slug}`

/**
 * What the selection would be at each longer time, worked out once per plan
 * and only when asked: every left-out candidate asks the same questions, and
 * with thousands of documents a selection per candidate and time took minutes.
 */
export function selectionsByMinutes(input: PlanInput, catalog: PlannerCatalog): (minutes: number) => ReadonlySet<string> {
  const selections = new Map<number, ReadonlySet<string>>()
  return (minutes) => {
    let selection = selections.get(minutes)
    if (!selection) {
      selection = new Set(select({ ...input, minutes }, catalog).selected.map(candidateKey))
      selections.set(minutes, selection)
    }
    return selection
  }
}


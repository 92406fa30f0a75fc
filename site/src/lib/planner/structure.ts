/**
 * The parts of a plan in the guide's order: the fixed structure (opening,
 * theory, action points, closing) around the chosen fragments and activities.
 */
import type { Candidate } from './fit.ts'
import { isShort, rangeOf } from './rules.ts'
import type { ItemKind, PlanInput, PlanItem, PlannerCatalog } from './types.ts'

/** Whether the plan holds this fragment or activity. */
export function holdsItem(plan: { items: readonly PlanItem[] }, kind: string, slug: string): boolean {
  return plan.items.some((item) => item.kind === kind && 'slug' in item && item.slug === slug)
}

/** Parts the facilitator can move, add, remove and swap; the others hold the guide's place. */
export const MOVABLE: ReadonlySet<ItemKind> = new Set(['fragment', 'activity'])

const STRUCTURE_BEFORE: ItemKind[] = ['opening', 'theory']
export const STRUCTURE_AFTER: ItemKind[] = ['actions', 'closing']

/** A fragment or activity as a part of the plan, its minutes still to be given. */
export function contentItem(candidate: Pick<Candidate, 'kind' | 'slug'>): PlanItem {
  return candidate.kind === 'fragment'
    ? { kind: 'fragment', slug: candidate.slug, minutes: 0 }
    : { kind: 'activity', slug: candidate.slug, minutes: 0 }
}

/** A part of the guide's structure; the theory part shows `figures` (key findings). */
export function structural(kind: ItemKind, figures: string[]): PlanItem {
  if (kind === 'theory') return { kind, minutes: 0, figures }
  return { kind, minutes: 0 } as PlanItem
}

/** The structural parts before the content: a short plan has no theory block. */
export function structureBefore(input: PlanInput): ItemKind[] {
  return isShort(input.minutes) ? ['opening'] : STRUCTURE_BEFORE
}

/** The parts in the guide's order: opening, theory, fragments (by number), activities, action points, closing. */
export function assemble(selected: Candidate[], figures: string[], catalog: PlannerCatalog, input: PlanInput): PlanItem[] {
  const fragments = selected
    .filter((candidate) => candidate.kind === 'fragment')
    .sort((a, b) => numberOf(catalog, a.slug) - numberOf(catalog, b.slug))
  const activities = selected.filter((candidate) => candidate.kind === 'activity')
  return [
    ...structureBefore(input).map((kind) => structural(kind, figures)),
    ...fragments.map(contentItem),
    ...activities.map(contentItem),
    ...STRUCTURE_AFTER.map((kind) => structural(kind, figures)),
  ]
}

function numberOf(catalog: PlannerCatalog, slug: string): number {
  return catalog.fragments.find((fragment) => fragment.slug === slug)?.number ?? 0
}

/** Each part at its preferred length (`balance` then makes them add up). */
export function withPref(items: PlanItem[], input: PlanInput, catalog: PlannerCatalog): PlanItem[] {
  return items.map((item) => ({ ...item, minutes: rangeOf(item, input, catalog).pref }))
}
